import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension SearchPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": return layout
        case "themes": return themes
        default: return nil
        }
    }
}

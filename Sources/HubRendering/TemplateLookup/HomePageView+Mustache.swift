import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension HomePageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": return layout
        case "latest": return latest
        case "themes": return themes
        case "sections": return sections
        case "documentCount": return documentCount
        default: return nil
        }
    }
}

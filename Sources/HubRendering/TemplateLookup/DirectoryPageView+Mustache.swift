import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension DirectoryPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": return layout
        case "intro": return intro
        case "entries": return entries
        default: return nil
        }
    }
}

import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension FeedLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": return href
        case "title": return title
        default: return nil
        }
    }
}

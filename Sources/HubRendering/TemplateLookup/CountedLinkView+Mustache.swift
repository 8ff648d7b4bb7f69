import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension CountedLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": return href
        case "label": return label
        case "count": return count
        case "description": return description
        case "countLabel": return countLabel
        default: return nil
        }
    }
}

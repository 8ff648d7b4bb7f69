import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension LinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": return href
        case "label": return label
        default: return nil
        }
    }
}

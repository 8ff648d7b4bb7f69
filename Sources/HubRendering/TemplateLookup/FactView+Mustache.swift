import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension FactView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "value": return value
        case "href": return href
        default: return nil
        }
    }
}

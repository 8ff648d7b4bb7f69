import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension FilterOptionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "value": return value
        case "label": return label
        case "count": return count
        default: return nil
        }
    }
}

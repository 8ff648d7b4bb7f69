import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension ListingPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": return layout
        case "intro": return intro
        case "total": return total
        case "totalLabel": return totalLabel
        case "groups": return groups
        default: return nil
        }
    }
}

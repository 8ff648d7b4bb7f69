import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension ThemePageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": return layout
        case "description": return description
        case "total": return total
        case "totalLabel": return totalLabel
        case "groups": return groups
        case "related": return related
        case "feedHref": return feedHref
        default: return nil
        }
    }
}

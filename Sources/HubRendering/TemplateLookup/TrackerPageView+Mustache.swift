import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension TrackerPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": return layout
        case "intro": return intro
        case "totalLabel": return totalLabel
        case "total": return total
        case "hasRows": return hasRows
        case "statusOptions": return statusOptions
        case "themeOptions": return themeOptions
        case "overdueCount": return overdueCount
        case "rows": return rows
        default: return nil
        }
    }
}

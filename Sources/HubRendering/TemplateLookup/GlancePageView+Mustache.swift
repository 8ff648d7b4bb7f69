import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension GlancePageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": return layout
        case "lede": return lede
        case "contents": return contents
        case "charts": return charts
        case "overdueCount": return overdueCount
        case "overdueLabel": return overdueLabel
        case "hasOverdue": return hasOverdue
        case "overdue": return overdue
        case "trackerHref": return trackerHref
        case "overdueTrackerHref": return overdueTrackerHref
        default: return nil
        }
    }
}

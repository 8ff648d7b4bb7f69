import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension ChartTableView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "caption": return caption
        case "rowHeader": return rowHeader
        case "columns": return columns
        case "rows": return rows
        case "footer": return footer
        default: return nil
        }
    }
}

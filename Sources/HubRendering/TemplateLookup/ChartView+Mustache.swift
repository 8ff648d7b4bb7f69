import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension ChartView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "headingID": return headingID
        case "heading": return heading
        case "intro": return intro
        case "svg": return svg
        case "hasData": return hasData
        case "table": return table
        default: return nil
        }
    }
}

import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension BriefingSectionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "anchor": return anchor
        case "headingHTML": return headingHTML
        case "bodyHTML": return bodyHTML
        default: return nil
        }
    }
}

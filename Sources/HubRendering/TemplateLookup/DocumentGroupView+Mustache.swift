import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension DocumentGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "count": return count
        case "documents": return documents
        default: return nil
        }
    }
}

import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension RecommendationView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "text": return text
        case "target": return target
        case "category": return category
        case "status": return status
        case "statusID": return statusID
        case "owner": return owner
        case "dueISO": return dueISO
        case "dueLong": return dueLong
        case "isOverdue": return isOverdue
        default: return nil
        }
    }
}

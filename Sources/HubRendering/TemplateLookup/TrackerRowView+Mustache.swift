import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension TrackerRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "reviewHref": return reviewHref
        case "reviewTitle": return reviewTitle
        case "recommendationsHref": return recommendationsHref
        case "id": return id
        case "text": return text
        case "target": return target
        case "category": return category
        case "owner": return owner
        case "dueISO": return dueISO
        case "dueLong": return dueLong
        case "status": return status
        case "statusID": return statusID
        case "isOverdue": return isOverdue
        case "themeIDs": return themeIDs
        case "themeNames": return themeNames
        default: return nil
        }
    }
}

import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension DocumentPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": return layout
        case "header": return header
        case "bodyHTML": return bodyHTML
        case "sections": return sections
        case "preambleHTML": return preambleHTML
        case "readingMinutes": return readingMinutes
        case "recommendations": return recommendations
        case "overdueCount": return overdueCount
        case "reportHref": return reportHref
        case "derivedLearning": return derivedLearning
        case "sourceReview": return sourceReview
        case "supportHref": return supportHref
        case "relatedLearning": return relatedLearning
        case "trackerHref": return trackerHref
        default: return nil
        }
    }
}

/// The four kinds of document a hub holds, each in its own folder.
public enum DocumentKind: String, Sendable, Codable, CaseIterable, Hashable {
    case review
    case brief
    case briefing
    case page

    /// The folder under the content folder, which is also the URL prefix (pages have none).
    public var folder: String {
        switch self {
        case .review: return "reviews"
        case .brief: return "briefs"
        case .briefing: return "briefings"
        case .page: return "pages"
        }
    }

    public var singularName: String {
        switch self {
        case .review: return "Review"
        case .brief: return "Learning brief"
        case .briefing: return "Seven-minute briefing"
        case .page: return "Page"
        }
    }

    public var pluralName: String {
        switch self {
        case .review: return "Reviews"
        case .brief: return "Learning briefs"
        case .briefing: return "Seven-minute briefings"
        case .page: return "Pages"
        }
    }

    /// Reviews, briefs and briefings carry learning: they need themes, a summary, a date and attestation.
    public var carriesLearning: Bool { self != .page }
}

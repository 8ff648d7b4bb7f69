/// The kind of case review, from the content model's fixed list.
public enum ReviewType: String, Sendable, Codable, CaseIterable, Hashable {
    case learningReview = "learning-review"
    case scr
    case icr
    case cspr
    case sir
    case sar
    case dhr
    case thematic

    public var displayName: String {
        switch self {
        case .learningReview: return "Learning review"
        case .scr: return "Significant case review"
        case .icr: return "Initial case review"
        case .cspr: return "Child safeguarding practice review"
        case .sir: return "Serious incident review"
        case .sar: return "Safeguarding adults review"
        case .dhr: return "Domestic homicide review"
        case .thematic: return "Thematic review"
        }
    }
}

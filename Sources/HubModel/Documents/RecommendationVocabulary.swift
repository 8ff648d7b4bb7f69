/// Who a recommendation is addressed to.
public enum RecommendationTarget: String, Sendable, Codable, CaseIterable, Hashable {
    case singleAgency = "single-agency"
    case multiAgency = "multi-agency"
    case committee
    case seniorManagers = "senior-managers"
    case national

    public var displayName: String {
        switch self {
        case .singleAgency: return "Single agency"
        case .multiAgency: return "Multi-agency"
        case .committee: return "Committee"
        case .seniorManagers: return "Senior managers"
        case .national: return "National"
        }
    }
}

/// What kind of change a recommendation asks for, as national overview reports classify them.
public enum RecommendationCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case training, policy, awareness, audit, supervision
    case caseManagement = "case-management"
    case culture, documentation, staffing, services
    case practiceModel = "practice-model"
    case performance, it

    public var displayName: String {
        switch self {
        case .it: return "IT"
        case .caseManagement: return "Case management"
        case .practiceModel: return "Practice model"
        default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}

/// How far a recommendation has been carried out.
public enum RecommendationStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case complete

    public var displayName: String {
        switch self {
        case .notStarted: return "Not started"
        case .inProgress: return "In progress"
        case .complete: return "Complete"
        }
    }
}

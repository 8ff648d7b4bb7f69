/// One recommendation of a review and the progress made on it.
public struct Recommendation: Sendable, Codable, Hashable {
    public let id: String
    public let text: String
    public let target: RecommendationTarget
    public let category: RecommendationCategory
    public let status: RecommendationStatus
    public let owner: String?
    public let due: CalendarDate?

    public init(id: String, text: String, target: RecommendationTarget, category: RecommendationCategory,
                status: RecommendationStatus, owner: String?, due: CalendarDate?) {
        self.id = id
        self.text = text
        self.target = target
        self.category = category
        self.status = status
        self.owner = owner
        self.due = due
    }

    /// Past its due date and not complete.
    public func isOverdue(on today: CalendarDate) -> Bool {
        guard let due, status != .complete else { return false }
        return due < today
    }
}

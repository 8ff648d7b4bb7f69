/// A row of a review's recommendations table.
public struct RecommendationView: Encodable, Sendable {
    public let id: String
    public let text: String
    public let target: String
    public let category: String
    public let status: String
    /// `not-started`, `in-progress` or `complete`, for styling; the text always says the status too.
    public let statusID: String
    public let owner: String?
    public let dueISO: String?
    public let dueLong: String?
    public let isOverdue: Bool
}

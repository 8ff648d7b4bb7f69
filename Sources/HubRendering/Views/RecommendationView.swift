/// A row of a review's recommendations table.
public final class RecommendationView: Encodable, Sendable {
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

    public init(id: String, text: String, target: String, category: String, status: String, statusID: String,
                owner: String?, dueISO: String?, dueLong: String?, isOverdue: Bool) {
        self.id = id
        self.text = text
        self.target = target
        self.category = category
        self.status = status
        self.statusID = statusID
        self.owner = owner
        self.dueISO = dueISO
        self.dueLong = dueLong
        self.isOverdue = isOverdue
    }
}

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

extension RecommendationView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<RecommendationView>(
        .field("id") { $0.id },
        .field("text") { $0.text },
        .field("target") { $0.target },
        .field("category") { $0.category },
        .field("status") { $0.status },
        .field("statusID") { $0.statusID },
        .field("owner") { $0.owner },
        .field("dueISO") { $0.dueISO },
        .field("dueLong") { $0.dueLong },
        .field("isOverdue") { $0.isOverdue }
    )
}

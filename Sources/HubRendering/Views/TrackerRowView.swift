/// A row of the recommendations tracker: one recommendation, its review and its progress.
public final class TrackerRowView: Encodable, Sendable {
    public let reviewHref: String
    public let reviewTitle: String
    /// The link to the recommendations table of the review page.
    public let recommendationsHref: String
    public let id: String
    public let text: String
    public let target: String
    public let category: String
    public let owner: String?
    public let dueISO: String?
    public let dueLong: String?
    public let status: String
    /// `not-started`, `in-progress` or `complete`, for styling and filtering; the text always says the status too.
    public let statusID: String
    public let isOverdue: Bool
    /// The review's learning-theme ids, space-separated, for the filters.
    public let themeIDs: String
    /// The review's learning themes, comma-separated, for reading.
    public let themeNames: String

    public init(reviewHref: String, reviewTitle: String, recommendationsHref: String, id: String, text: String,
                target: String, category: String, owner: String?, dueISO: String?, dueLong: String?, status: String,
                statusID: String, isOverdue: Bool, themeIDs: String, themeNames: String) {
        self.reviewHref = reviewHref
        self.reviewTitle = reviewTitle
        self.recommendationsHref = recommendationsHref
        self.id = id
        self.text = text
        self.target = target
        self.category = category
        self.owner = owner
        self.dueISO = dueISO
        self.dueLong = dueLong
        self.status = status
        self.statusID = statusID
        self.isOverdue = isOverdue
        self.themeIDs = themeIDs
        self.themeNames = themeNames
    }
}

extension TrackerRowView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<TrackerRowView>(
        .field("reviewHref") { $0.reviewHref },
        .field("reviewTitle") { $0.reviewTitle },
        .field("recommendationsHref") { $0.recommendationsHref },
        .field("id") { $0.id },
        .field("text") { $0.text },
        .field("target") { $0.target },
        .field("category") { $0.category },
        .field("owner") { $0.owner },
        .field("dueISO") { $0.dueISO },
        .field("dueLong") { $0.dueLong },
        .field("status") { $0.status },
        .field("statusID") { $0.statusID },
        .field("isOverdue") { $0.isOverdue },
        .field("themeIDs") { $0.themeIDs },
        .field("themeNames") { $0.themeNames }
    )
}

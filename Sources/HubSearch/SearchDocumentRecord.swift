import HubModel

/// One published document as the search client sees it, in `search/documents.json`.
public struct SearchDocumentRecord: Codable, Sendable, Equatable {
    /// The page's path relative to the site root, e.g. `reviews/child-a/`.
    public let url: String
    public let title: String
    /// `review`, `brief`, `briefing` or `page`.
    public let type: String
    public let summary: String
    /// Learning-theme ids.
    public let themes: [String]
    public let committee: String?
    public let reviewType: String?
    /// `YYYY-MM-DD`.
    public let published: String?

    enum CodingKeys: String, CodingKey {
        case url, title, type, summary, themes, committee
        case reviewType = "review_type"
        case published
    }

    public init(document: Document) {
        url = document.sitePath
        title = document.title
        type = document.kind.rawValue
        summary = document.summary
        themes = document.learningThemeIDs
        committee = document.committeeID
        reviewType = document.review?.reviewType.rawValue
        published = document.published?.description
    }
}

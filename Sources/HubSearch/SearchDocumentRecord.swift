import HubSupport
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

    /// Writes the record as `JSONEncoder` (sorted keys) would encode it.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.field("committee", committee)
        json.field("published", published)
        json.field("review_type", reviewType)
        json.field("summary", summary)
        json.key("themes")
        json.strings(themes)
        json.field("title", title)
        json.field("type", type)
        json.field("url", url)
        json.endObject()
    }
}

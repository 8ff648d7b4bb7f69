/// One page of a learning theme's documents; the first also has the theme's description, how many
/// documents of each kind it holds and the themes that co-occur with it.
public final class ThemePageView: Encodable, Sendable {
    public let layout: LayoutView
    /// The theme's description, on the first page only.
    public let description: String?
    /// On the first page: "312 documents: 52 reviews, 130 learning briefs, 130 seven-minute briefings".
    public let countSummary: String?
    /// The documents on this page, newest first.
    public let documents: [DocumentSummaryView]
    public let pagination: PaginationView
    /// The themes that most often share documents with this one (first page only).
    public let related: [CountedLinkView]
    /// The theme's Atom feed.
    public let feedHref: String

    public init(layout: LayoutView, description: String?, countSummary: String?, documents: [DocumentSummaryView],
                pagination: PaginationView, related: [CountedLinkView], feedHref: String) {
        self.layout = layout
        self.description = description
        self.countSummary = countSummary
        self.documents = documents
        self.pagination = pagination
        self.related = related
        self.feedHref = feedHref
    }
}

extension ThemePageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<ThemePageView>(
        .field("layout") { $0.layout },
        .field("description") { $0.description },
        .field("countSummary") { $0.countSummary },
        .field("documents") { $0.documents },
        .field("pagination") { $0.pagination },
        .field("related") { $0.related },
        .field("feedHref") { $0.feedHref }
    )
}

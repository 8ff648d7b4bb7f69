/// One page of a list of documents: every review, one review type, one committee, one year, ...
public final class ListingPageView: Encodable, Sendable {
    public let layout: LayoutView
    /// What the list holds, on its first page only.
    public let intro: String?
    /// On the first page of a list of several kinds: how many of each ("312 documents: 52 reviews, ...").
    public let countSummary: String?
    /// The documents on this page, newest first.
    public let documents: [DocumentSummaryView]
    public let pagination: PaginationView

    public init(layout: LayoutView, intro: String?, countSummary: String?, documents: [DocumentSummaryView],
                pagination: PaginationView) {
        self.layout = layout
        self.intro = intro
        self.countSummary = countSummary
        self.documents = documents
        self.pagination = pagination
    }
}

extension ListingPageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<ListingPageView>(
        .field("layout") { $0.layout },
        .field("intro") { $0.intro },
        .field("countSummary") { $0.countSummary },
        .field("documents") { $0.documents },
        .field("pagination") { $0.pagination }
    )
}

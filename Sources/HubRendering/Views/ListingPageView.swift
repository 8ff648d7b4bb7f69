/// A list of documents: all reviews, one review type, one committee, one year, ...
public final class ListingPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let intro: String
    public let total: Int
    public let totalLabel: String
    public let groups: [DocumentGroupView]

    public init(layout: LayoutView, intro: String, total: Int, totalLabel: String, groups: [DocumentGroupView]) {
        self.layout = layout
        self.intro = intro
        self.total = total
        self.totalLabel = totalLabel
        self.groups = groups
    }
}

extension ListingPageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<ListingPageView>(
        .field("layout") { $0.layout },
        .field("intro") { $0.intro },
        .field("total") { $0.total },
        .field("totalLabel") { $0.totalLabel },
        .field("groups") { $0.groups }
    )
}

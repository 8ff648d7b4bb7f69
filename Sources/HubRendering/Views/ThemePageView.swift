/// One learning theme: its description, its documents grouped by type and the themes that co-occur with it.
public final class ThemePageView: Encodable, Sendable {
    public let layout: LayoutView
    public let description: String
    public let total: Int
    public let totalLabel: String
    public let groups: [DocumentGroupView]
    public let related: [CountedLinkView]
    /// The theme's Atom feed.
    public let feedHref: String

    public init(layout: LayoutView, description: String, total: Int, totalLabel: String, groups: [DocumentGroupView],
                related: [CountedLinkView], feedHref: String) {
        self.layout = layout
        self.description = description
        self.total = total
        self.totalLabel = totalLabel
        self.groups = groups
        self.related = related
        self.feedHref = feedHref
    }
}

extension ThemePageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<ThemePageView>(
        .field("layout") { $0.layout },
        .field("description") { $0.description },
        .field("total") { $0.total },
        .field("totalLabel") { $0.totalLabel },
        .field("groups") { $0.groups },
        .field("related") { $0.related },
        .field("feedHref") { $0.feedHref }
    )
}

/// The home page: what the hub is, the latest learning, the themes and the kinds of document.
public final class HomePageView: Encodable, Sendable {
    public let layout: LayoutView
    public let latest: [DocumentSummaryView]
    public let themes: [CountedLinkView]
    public let sections: [CountedLinkView]

    public init(layout: LayoutView, latest: [DocumentSummaryView], themes: [CountedLinkView],
                sections: [CountedLinkView]) {
        self.layout = layout
        self.latest = latest
        self.themes = themes
        self.sections = sections
    }
}

extension HomePageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<HomePageView>(
        .field("layout") { $0.layout },
        .field("latest") { $0.latest },
        .field("themes") { $0.themes },
        .field("sections") { $0.sections }
    )
}

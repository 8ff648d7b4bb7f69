/// The home page: what the hub is, the latest learning, the themes and the kinds of document.
public final class HomePageView: Encodable, Sendable {
    public let layout: LayoutView
    /// What the hub holds and whom it is for, worded from the hub's scope.
    public let intro: String
    public let latest: [DocumentSummaryView]
    public let themes: [CountedLinkView]
    public let sections: [CountedLinkView]

    public init(layout: LayoutView, intro: String, latest: [DocumentSummaryView], themes: [CountedLinkView],
                sections: [CountedLinkView]) {
        self.layout = layout
        self.intro = intro
        self.latest = latest
        self.themes = themes
        self.sections = sections
    }
}

extension HomePageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<HomePageView>(
        .field("layout") { $0.layout },
        .field("intro") { $0.intro },
        .field("latest") { $0.latest },
        .field("themes") { $0.themes },
        .field("sections") { $0.sections }
    )
}

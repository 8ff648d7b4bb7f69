/// The home page: what the hub is, the latest learning, the themes and a search box.
public final class HomePageView: Encodable, Sendable {
    public let layout: LayoutView
    public let latest: [DocumentSummaryView]
    public let themes: [CountedLinkView]
    public let sections: [CountedLinkView]
    public let documentCount: Int

    public init(layout: LayoutView, latest: [DocumentSummaryView], themes: [CountedLinkView],
                sections: [CountedLinkView], documentCount: Int) {
        self.layout = layout
        self.latest = latest
        self.themes = themes
        self.sections = sections
        self.documentCount = documentCount
    }
}

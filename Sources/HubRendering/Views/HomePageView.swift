/// The home page: what the hub is, the latest learning, the themes and a search box.
public struct HomePageView: Encodable, Sendable {
    public let layout: LayoutView
    public let latest: [DocumentSummaryView]
    public let themes: [CountedLinkView]
    public let sections: [CountedLinkView]
    public let documentCount: Int
}

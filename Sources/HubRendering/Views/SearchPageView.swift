/// The search page; results are filled in by the browser.
public struct SearchPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let themes: [CountedLinkView]
}

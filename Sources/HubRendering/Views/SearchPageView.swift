/// The search page; results are filled in by the browser.
public final class SearchPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let themes: [CountedLinkView]

    public init(layout: LayoutView, themes: [CountedLinkView]) {
        self.layout = layout
        self.themes = themes
    }
}

/// The search page; results are filled in by the browser.
public final class SearchPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let themes: [CountedLinkView]
    /// A phrase the search tip gives as an example, fitting the hub's scope.
    public let examplePhrase: String

    public init(layout: LayoutView, themes: [CountedLinkView], examplePhrase: String) {
        self.layout = layout
        self.themes = themes
        self.examplePhrase = examplePhrase
    }
}

extension SearchPageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<SearchPageView>(
        .field("layout") { $0.layout },
        .field("themes") { $0.themes },
        .field("examplePhrase") { $0.examplePhrase }
    )
}

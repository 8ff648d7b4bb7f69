/// A page of links to index pages with their counts: all themes, review types, committees, years.
public final class DirectoryPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let intro: String
    public let entries: [CountedLinkView]

    public init(layout: LayoutView, intro: String, entries: [CountedLinkView]) {
        self.layout = layout
        self.intro = intro
        self.entries = entries
    }
}

extension DirectoryPageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<DirectoryPageView>(
        .field("layout") { $0.layout },
        .field("intro") { $0.intro },
        .field("entries") { $0.entries }
    )
}

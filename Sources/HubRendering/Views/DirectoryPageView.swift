/// A page of links to index pages with their counts: all themes, review types, committees, years.
public struct DirectoryPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let intro: String
    public let entries: [CountedLinkView]
}

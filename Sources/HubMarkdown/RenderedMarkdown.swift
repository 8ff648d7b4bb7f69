import Foundation

/// The result of rendering one Markdown document: HTML plus the facts later stages need.
public struct RenderedMarkdown: Sendable, Codable, Equatable {
    /// Safe HTML: raw HTML in the source is omitted and unsafe link schemes are dropped.
    public let html: String
    /// Every heading, in document order, with the anchor given to it in `html`.
    public let headings: [MarkdownHeading]
    /// Every link and image destination, in document order, as written (before rewriting).
    public let links: [MarkdownLink]
    /// The text without markup, for summaries, reading time and search.
    public let plainText: String
    /// Number of words in `plainText`.
    public let wordCount: Int

    public init(html: String, headings: [MarkdownHeading], links: [MarkdownLink], plainText: String, wordCount: Int) {
        self.html = html
        self.headings = headings
        self.links = links
        self.plainText = plainText
        self.wordCount = wordCount
    }

    /// Nothing rendered.
    public static let empty = RenderedMarkdown(html: "", headings: [], links: [], plainText: "", wordCount: 0)
}

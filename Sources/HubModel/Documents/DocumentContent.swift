import HubMarkdown
import HubSupport

/// A document's Markdown body as rendered, with its links rewritten: what its page, the search index
/// and the checks use of it.
public final class DocumentContent: Sendable, Equatable {
    /// Every heading, in document order, with the anchor given to it in the HTML.
    public let headings: [MarkdownHeading]
    /// Every link and image destination, in document order, as written (before rewriting).
    public let links: [MarkdownLink]
    /// Number of words in the plain text.
    public let wordCount: Int
    /// Stands for what the document's own page shows of it: its front matter as written and its
    /// rendered body.
    public let fingerprint: Fingerprint
    private let htmlText: DeferredText
    private let plain: DeferredText

    /// The content of a body rendered now, for the document whose metadata has the fingerprint `metadata`.
    public convenience init(_ rendered: RenderedMarkdown, metadata: Fingerprint) {
        self.init(headings: rendered.headings, links: rendered.links, wordCount: rendered.wordCount,
                  fingerprint: Self.fingerprint(metadata: metadata, html: rendered.html),
                  html: DeferredText(rendered.html), plainText: DeferredText(rendered.plainText))
    }

    /// Content kept from an earlier build, whose HTML and text are read when first asked for.
    public init(headings: [MarkdownHeading], links: [MarkdownLink], wordCount: Int, fingerprint: Fingerprint,
                html: DeferredText, plainText: DeferredText) {
        self.headings = headings
        self.links = links
        self.wordCount = wordCount
        self.fingerprint = fingerprint
        htmlText = html
        plain = plainText
    }

    /// Safe HTML: raw HTML in the source is omitted and unsafe link schemes are dropped.
    public func html() throws -> String { try htmlText.value() }

    /// The text without markup, for summaries, reading time and search.
    public func plainText() throws -> String { try plain.value() }

    static func fingerprint(metadata: Fingerprint, html: String) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("document content")
        hasher.combine(metadata)
        hasher.combine(html)
        return hasher.finalize()
    }

    /// Two contents are equal when they show the same: headings, links, word count and texts (a text
    /// that can no longer be read equals none).
    public static func == (left: DocumentContent, right: DocumentContent) -> Bool {
        left.headings == right.headings && left.links == right.links && left.wordCount == right.wordCount
            && left.fingerprint == right.fingerprint
            && (try? left.html()) == (try? right.html()) && (try? left.plainText()) == (try? right.plainText())
    }
}

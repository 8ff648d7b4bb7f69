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

    /// Splits `html` at its level-2 headings.
    ///
    /// Returns the HTML before the first `##` heading and one section per `##` heading.
    public func level2Sections() -> (preamble: String, sections: [MarkdownSection]) {
        let level2 = headings.filter { $0.level == 2 }
        var sections: [MarkdownSection] = []
        var rest = Substring(html)
        var preamble = ""
        for (index, heading) in level2.enumerated() {
            let open = "<h2 id=\"\(heading.anchor)\">"
            guard let start = rest.range(of: open), let close = rest[start.upperBound...].range(of: "</h2>") else {
                break
            }
            if index == 0 {
                preamble = String(rest[..<start.lowerBound])
            } else if let last = sections.popLast() {
                sections.append(MarkdownSection(heading: last.heading, headingHTML: last.headingHTML,
                                                bodyHTML: String(rest[..<start.lowerBound])))
            }
            let inner = String(rest[start.upperBound..<close.lowerBound])
            sections.append(MarkdownSection(heading: heading, headingHTML: inner, bodyHTML: ""))
            rest = rest[close.upperBound...]
        }
        if let last = sections.popLast() {
            sections.append(MarkdownSection(heading: last.heading, headingHTML: last.headingHTML, bodyHTML: String(rest)))
        } else {
            preamble = html
        }
        return (preamble, sections)
    }
}

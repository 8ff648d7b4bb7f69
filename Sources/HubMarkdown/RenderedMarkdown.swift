import Foundation

/// The result of rendering one Markdown document: HTML plus the facts later stages need.
public struct RenderedMarkdown: Sendable, Codable, Equatable {
    /// Safe HTML: raw HTML in the source is omitted and unsafe link schemes are dropped.
    public var html: String { htmlSource.value }
    private let htmlSource: LazyText
    /// Every heading, in document order, with the anchor given to it in `html`.
    public let headings: [MarkdownHeading]
    /// Every link and image destination, in document order, as written (before rewriting).
    public let links: [MarkdownLink]
    /// The text without markup, for summaries, reading time and search.
    public var plainText: String { plainTextSource.value }
    private let plainTextSource: LazyText
    /// Number of words in `plainText`.
    public let wordCount: Int

    public init(html: String, headings: [MarkdownHeading], links: [MarkdownLink], plainText: String, wordCount: Int) {
        self.htmlSource = LazyText(html)
        self.headings = headings
        self.links = links
        self.plainTextSource = LazyText(plainText)
        self.wordCount = wordCount
    }

    /// A rendering whose HTML and text are made by `renderHTML` and `plainText` the first time they
    /// are asked for: a document loaded from the cache, whose page and search text are usually kept
    /// from the last build and never need them.
    public init(headings: [MarkdownHeading], links: [MarkdownLink], wordCount: Int,
                plainText: @escaping @Sendable () -> String, renderHTML: @escaping @Sendable () -> String) {
        self.htmlSource = LazyText(renderHTML)
        self.headings = headings
        self.links = links
        self.plainTextSource = LazyText(plainText)
        self.wordCount = wordCount
    }

    private enum CodingKeys: String, CodingKey {
        case html, headings, links, plainText, wordCount
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(html: try container.decode(String.self, forKey: .html),
                  headings: try container.decode([MarkdownHeading].self, forKey: .headings),
                  links: try container.decode([MarkdownLink].self, forKey: .links),
                  plainText: try container.decode(String.self, forKey: .plainText),
                  wordCount: try container.decode(Int.self, forKey: .wordCount))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(html, forKey: .html)
        try container.encode(headings, forKey: .headings)
        try container.encode(links, forKey: .links)
        try container.encode(plainText, forKey: .plainText)
        try container.encode(wordCount, forKey: .wordCount)
    }

    public static func == (left: RenderedMarkdown, right: RenderedMarkdown) -> Bool {
        left.headings == right.headings && left.links == right.links && left.wordCount == right.wordCount
            && left.plainText == right.plainText && left.html == right.html
    }

    /// Splits `html` at its level-2 headings.
    ///
    /// Returns the HTML before the first `##` heading and one section per `##` heading.
    public func level2Sections() -> (preamble: String, sections: [MarkdownSection]) {
        let level2 = headings.filter { $0.level == 2 }
        let html = self.html
        // Searched on the UTF-8 bytes: the tags are ASCII, so every cut falls between characters.
        let bytes = Array(html.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var sections: [MarkdownSection] = []
        var rest = 0
        var preamble = ""
        for (index, heading) in level2.enumerated() {
            guard let start = Self.find(Array("<h2 id=\"\(heading.anchor)\">".utf8), in: bytes, from: rest),
                  let close = Self.find(Self.headingClose, in: bytes, from: start.upperBound) else {
                break
            }
            if index == 0 {
                preamble = text(rest..<start.lowerBound)
            } else if let last = sections.popLast() {
                sections.append(MarkdownSection(heading: last.heading, headingHTML: last.headingHTML,
                                                bodyHTML: text(rest..<start.lowerBound)))
            }
            sections.append(MarkdownSection(heading: heading, headingHTML: text(start.upperBound..<close.lowerBound), bodyHTML: ""))
            rest = close.upperBound
        }
        if let last = sections.popLast() {
            sections.append(MarkdownSection(heading: last.heading, headingHTML: last.headingHTML,
                                            bodyHTML: text(rest..<bytes.count)))
        } else {
            preamble = html
        }
        return (preamble, sections)
    }

    private static let headingClose = Array("</h2>".utf8)

    /// The byte range of the first `needle` in `bytes` at or after `offset` (memchr for its first byte, then memcmp).
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from offset: Int) -> Range<Int>? {
        guard let first = needle.first else { return nil }
        return bytes.withUnsafeBytes { haystack -> Range<Int>? in
            needle.withUnsafeBytes { pattern -> Range<Int>? in
                guard let base = haystack.baseAddress else { return nil }
                var position = offset
                while position + pattern.count <= haystack.count {
                    guard let hit = memchr(base + position, Int32(first), haystack.count - pattern.count - position + 1) else {
                        return nil
                    }
                    let start = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, pattern.baseAddress!, pattern.count) == 0 { return start..<start + pattern.count }
                    position = start + 1
                }
                return nil
            }
        }
    }
}

/// The headings and links of one Markdown document, collected in document order while
/// `MarkdownRenderer` walks its tree: each heading gets a unique anchor, each link the line and
/// column where its destination was written.
struct DocumentOutline {
    private let locator: LinkLocator
    private var anchors: HeadingAnchors
    /// The start line of the block entered last: a link's destination is looked for from there.
    private var blockLine = 1
    private(set) var headings: [MarkdownHeading] = []
    private(set) var links: [MarkdownLink] = []

    /// `reservedAnchors` are ids the page around the document uses, which no heading may take.
    init(source: String, reservedAnchors: Set<String> = []) {
        locator = LinkLocator(source: source)
        anchors = HeadingAnchors(reserved: reservedAnchors)
    }

    /// A block starting on `line` (0 if cmark does not know) is entered.
    mutating func enterBlock(line: Int) {
        if line > 0 { blockLine = line }
    }

    /// Adds a heading of `level` starting on `line`, whose plain text is `text` without the spaces around it.
    mutating func addHeading(level: Int, text: String, line: Int) {
        let text = Self.trimmingSpaces(text)
        headings.append(MarkdownHeading(level: level, text: text, anchor: anchors.anchor(for: text), line: line))
    }

    /// Adds a link (or image) to `destination`, found in the source from the block entered last, and returns it.
    mutating func addLink(destination: String, isImage: Bool) -> MarkdownLink {
        let (line, column) = locator.locate(destination, from: blockLine)
        let link = MarkdownLink(destination: destination, line: line, column: column, isImage: isImage)
        links.append(link)
        return link
    }

    /// `text` without the spaces and tabs around it: what `trimmingCharacters(in: .whitespaces)` gives
    /// (space separators, tab and U+200B), without Foundation's cost on every heading.
    static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex { !isSpace($0) }!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}

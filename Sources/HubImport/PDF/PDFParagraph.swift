/// A paragraph of a PDF's text, made from its lines, with what headings are told by.
struct PDFParagraph: Sendable {
    /// Its text on one line: lines joined, hyphenation undone.
    var text: String
    /// The height of its lines (their font size, near enough).
    var size: Double
    let page: Int
    /// Whether its last line runs to the right edge (the paragraph may go on in the next block).
    var endsFull: Bool
    var lineCount: Int
    /// Set by `HeadingFinder`: 0 for body text, else its heading level.
    var headingLevel = 0
    /// Whether it starts with a bullet or a number, as a list item does.
    var isListItem = false

    var wordCount: Int { text.split(separator: " ").count }
}

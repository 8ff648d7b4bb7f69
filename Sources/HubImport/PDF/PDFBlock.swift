/// A block of lines on a PDF page (usually a paragraph), within a flow (usually a column).
struct PDFBlock: Sendable {
    var lines: [PDFLine]
    /// The flow it belongs to, numbered across the page.
    let flow: Int
}

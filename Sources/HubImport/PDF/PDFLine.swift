/// One line of text on a PDF page, as poppler lays it out: its box (in points, y downwards) and its words.
struct PDFLine: Sendable {
    struct Word: Sendable {
        let text: String
        let xMin: Double
        let xMax: Double
    }

    let xMin: Double
    let yMin: Double
    let xMax: Double
    let yMax: Double
    let words: [Word]

    /// The line's height, which stands for its font size.
    var height: Double { yMax - yMin }
    var text: String { words.map(\.text).joined(separator: " ") }
    /// The width of the line's first word.
    var firstWordWidth: Double { words.first.map { $0.xMax - $0.xMin } ?? 0 }
}

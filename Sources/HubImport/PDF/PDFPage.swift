/// A page of a PDF: its size and its blocks in reading order.
struct PDFPage: Sendable {
    let number: Int
    let width: Double
    let height: Double
    var blocks: [PDFBlock]

    /// The right edge of the text of each flow: where a full line ends.
    var flowRightEdges: [Int: Double] {
        var edges: [Int: Double] = [:]
        for block in blocks {
            for line in block.lines { edges[block.flow] = max(edges[block.flow] ?? 0, line.xMax) }
        }
        return edges
    }
}

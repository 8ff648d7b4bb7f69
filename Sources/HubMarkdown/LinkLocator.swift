import Foundation
/// Finds where a link destination was written in the Markdown source.
///
/// cmark-gfm reports reliable positions for blocks only, so the locator
/// searches the source from the line of the enclosing block for the text of
/// the destination, remembering earlier finds so that repeated links get
/// successive positions.
final class LinkLocator {
    private let source: String
    /// Split only when the first link is looked for: most blocks of text have none. Lines are cut
    /// at newline bytes (the source has no CRLF by now), as splitting on Characters was slow.
    private lazy var lines: [Substring] = {
        var offsets: [Int] = []
        var text = source
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 10, bytes.count - offset) {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offsets.append(newline)
                offset = newline + 1
            }
        }
        var lines: [Substring] = []
        lines.reserveCapacity(offsets.count + 1)
        let utf8 = source.utf8
        var start = utf8.startIndex
        for offset in offsets {
            let newline = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(source[start..<newline])
            start = utf8.index(after: newline)
        }
        lines.append(source[start...])
        return lines
    }()
    private var lastFound: [String: (line: Int, column: Int)] = [:]

    init(source: String) {
        self.source = source
    }

    /// Returns the 1-based line and column of `destination`, or the block's line and column 1.
    func locate(_ destination: String, from blockLine: Int) -> (line: Int, column: Int) {
        guard !destination.isEmpty else { return (blockLine, 1) }
        var lineIndex = max(blockLine, 1) - 1
        var minimumColumn = 0
        if let previous = lastFound[destination], previous.line - 1 >= lineIndex {
            lineIndex = previous.line - 1
            minimumColumn = previous.column
        }
        // The destination as written: after "](" or "<", else anywhere on the line.
        let inLink = "](" + destination
        let inAngles = "<" + destination
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            var searchStart = line.startIndex
            if minimumColumn > 0 {
                searchStart = line.index(line.startIndex, offsetBy: minimumColumn, limitedBy: line.endIndex) ?? line.endIndex
            }
            let rest = line[searchStart...]
            let found = rest.range(of: inLink).map { rest.index($0.lowerBound, offsetBy: 2)..<$0.upperBound }
                ?? rest.range(of: inAngles).map { rest.index(after: $0.lowerBound)..<$0.upperBound }
                ?? rest.range(of: destination)
            if let range = found {
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                lastFound[destination] = (lineIndex + 1, column)
                return (lineIndex + 1, column)
            }
            lineIndex += 1
            minimumColumn = 0
        }
        return (max(blockLine, 1), 1)
    }
}

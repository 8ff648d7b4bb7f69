import Foundation
/// A Markdown file cut into its YAML front matter and its body.
public struct SplitDocument: Sendable, Equatable {
    /// The YAML between the `---` lines.
    public let yaml: String
    /// The Markdown after the closing `---`.
    public let body: String
    /// The file line where the YAML starts (2: the line after the opening `---`).
    public let yamlFirstLine: Int
    /// The file line where the body starts.
    public let bodyFirstLine: Int
}

/// Cuts front matter from a document's text.
public enum FrontMatterSplitter {
    /// Splits `text`; on failure returns nil and logs an error at `path`.
    ///
    /// Only the front matter is cut into lines: the body is taken whole, as documents can be large.
    public static func split(_ text: String, path: String, log: inout DiagnosticLog) -> SplitDocument? {
        var source = Substring(text)
        if source.hasPrefix("\u{FEFF}") { source = source.dropFirst() }
        // memchr over the bytes: the generic `utf8.contains` was most of the cost of splitting.
        let hasCarriageReturn = source.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false
        } ?? source.utf8.contains(13)
        if hasCarriageReturn {
            source = Substring(source.replacingOccurrences(of: "\r\n", with: "\n"))
        }
        let start = SourceLocation(path: path, line: 1, column: 1)
        if source.allSatisfy(\.isWhitespace) {
            log.error(start, "the file is empty", hint: "a document starts with front matter between '---' lines, then its Markdown")
            return nil
        }
        // Lines are found on UTF-8 bytes: a newline byte never occurs inside another character.
        let firstEnd = source.utf8.firstIndex(of: 10) ?? source.endIndex
        guard isDelimiter(source[source.startIndex..<firstEnd], "---") else {
            log.error(start, "no front matter: the file must start with a line '---'",
                      hint: "begin the file with '---', the fields (title, summary, published, ...), then '---'")
            return nil
        }
        guard firstEnd < source.endIndex else {
            log.error(start, "the front matter is not closed", hint: "add a line '---' after the last front-matter field")
            return nil
        }
        let yamlStart = source.utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var yamlLineCount = 0
        while true {
            let lineEnd = source.utf8[lineStart...].firstIndex(of: 10) ?? source.endIndex
            let line = source[lineStart..<lineEnd]
            if isDelimiter(line, "---") || isDelimiter(line, "...") {
                // The YAML is every line before this one, without the newline that ends the last.
                let yamlEnd = lineStart == yamlStart ? yamlStart : source.utf8.index(before: lineStart)
                let body = lineEnd < source.endIndex ? String(source[source.utf8.index(after: lineEnd)...]) : ""
                return SplitDocument(yaml: String(source[yamlStart..<yamlEnd]), body: body,
                                     yamlFirstLine: 2, bodyFirstLine: yamlLineCount + 3)
            }
            yamlLineCount += 1
            guard lineEnd < source.endIndex else { break }
            lineStart = source.utf8.index(after: lineEnd)
        }
        log.error(start, "the front matter is not closed", hint: "add a line '---' after the last front-matter field")
        return nil
    }

    /// True when `line`, without the white space around it, is `marker`. Plain ASCII lines are
    /// checked on their bytes; any other line goes through Foundation's Unicode white space.
    private static func isDelimiter(_ line: Substring, _ marker: String) -> Bool {
        let bytes = line.utf8
        // Most lines are fields: an ASCII first byte that is not white space or the marker's rules them out.
        guard let first = bytes.first else { return false }
        if first < 0x80 && first != 0x20 && first != 0x09 && first != marker.utf8.first { return false }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return line.trimmingCharacters(in: .whitespaces) == marker }
        // `.whitespaces` is spaces and tabs (and other Unicode spaces, which are not ASCII).
        let content = bytes.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        return content.count == marker.utf8.count && content.reversed().elementsEqual(marker.utf8)
    }
}

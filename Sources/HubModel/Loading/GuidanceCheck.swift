import HubSupport

/// Finds the guidance that `new` and `import` write for the author to replace (`ScaffoldGuidance`) still
/// in a document: in its summary, a recommendation, or a line of its body that starts with a paragraph
/// of guidance. It is an error in a document that is not a draft; a draft may hold it.
enum GuidanceCheck {
    /// The body's paragraphs of guidance, by their first eight bytes, which a line is looked up by.
    private static let paragraphsByStart: [UInt64: [[UInt8]]] = Dictionary(
        grouping: ScaffoldGuidance.bodyParagraphs.map { Array($0.utf8) }, by: { start(of: $0[...]) ?? 0 })
    /// Whether a paragraph of guidance starts with each byte: most lines are passed over at their first byte.
    private static let firstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for paragraph in ScaffoldGuidance.bodyParagraphs { table[Int(paragraph.utf8.first ?? 0)] = true }
        return table
    }()

    /// Reports the guidance left in `document`, whose text is `text`.
    static func check(_ document: DocumentMetadata, text: DocumentText, log: inout DiagnosticLog) {
        let hint = "replace it with the document's own text, or remove it, before the document is published"
        if document.summary == ScaffoldGuidance.summary {
            log.error(document.location(of: "summary"), "the summary is still the guidance written by 'learning-hub new' or 'import'", hint: hint)
        }
        if document.review?.recommendations.contains(where: { $0.text == ScaffoldGuidance.recommendation }) == true {
            log.error(document.location(of: "recommendations"),
                      "a recommendation's text is still the example written by 'learning-hub new' or 'import'", hint: hint)
        }
        for (line, column) in guidanceLines(in: text.body) {
            log.error(SourceLocation(path: document.displayPath, line: line + document.bodyFirstLine - 1, column: column),
                      "this paragraph is still the guidance written by 'learning-hub new' or 'import'", hint: hint)
        }
    }

    /// The lines (from 1) and columns of `body` that start with a paragraph of guidance.
    static func guidanceLines(in body: String) -> [(line: Int, column: Int)] {
        var body = body
        return body.withUTF8 { bytes in
            var found: [(Int, Int)] = []
            var line = 1
            var lineStart = 0
            while lineStart < bytes.count {
                let end = ByteFind.next(UInt8(ascii: "\n"), in: bytes, from: lineStart)
                var first = lineStart
                while first < end, bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t") { first += 1 }
                if first < end, firstBytes[Int(bytes[first])], let key = start(of: bytes[first..<end]), let candidates = paragraphsByStart[key],
                   candidates.contains(where: { bytes[first..<end].starts(with: $0) }) {
                    found.append((line, first - lineStart + 1))
                }
                line += 1
                lineStart = end + 1
            }
            return found
        }
    }

    /// The first eight bytes of `bytes` as one number, nil when there are fewer.
    private static func start<Bytes: Collection<UInt8>>(of bytes: Bytes) -> UInt64? {
        guard bytes.count >= 8 else { return nil }
        return bytes.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }
}

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
    public static func split(_ text: String, path: String, log: inout DiagnosticLog) -> SplitDocument? {
        var source = text
        if source.hasPrefix("\u{FEFF}") { source.removeFirst() }
        source = source.replacingOccurrences(of: "\r\n", with: "\n")
        let start = SourceLocation(path: path, line: 1, column: 1)
        if source.allSatisfy(\.isWhitespace) {
            log.error(start, "the file is empty", hint: "a document starts with front matter between '---' lines, then its Markdown")
            return nil
        }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true else {
            log.error(start, "no front matter: the file must start with a line '---'",
                      hint: "begin the file with '---', the fields (title, summary, published, ...), then '---'")
            return nil
        }
        lines.removeFirst()
        guard let closing = lines.firstIndex(where: {
            let line = $0.trimmingCharacters(in: .whitespaces)
            return line == "---" || line == "..."
        }) else {
            log.error(start, "the front matter is not closed", hint: "add a line '---' after the last front-matter field")
            return nil
        }
        let yaml = lines[..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return SplitDocument(yaml: yaml, body: body, yamlFirstLine: 2, bodyFirstLine: closing + 3)
    }
}

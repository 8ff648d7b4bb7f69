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
        if source.utf8.contains(13) {
            source = Substring(source.replacingOccurrences(of: "\r\n", with: "\n"))
        }
        let start = SourceLocation(path: path, line: 1, column: 1)
        if source.allSatisfy(\.isWhitespace) {
            log.error(start, "the file is empty", hint: "a document starts with front matter between '---' lines, then its Markdown")
            return nil
        }
        var lines = source.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).makeIterator()
        guard lines.next().map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true else {
            log.error(start, "no front matter: the file must start with a line '---'",
                      hint: "begin the file with '---', the fields (title, summary, published, ...), then '---'")
            return nil
        }
        var rest = lines.next() ?? ""
        var yamlLines: [Substring] = []
        while true {
            let parts = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            guard let line = parts.first else { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                let body = parts.count > 1 ? String(parts[1]) : ""
                return SplitDocument(yaml: yamlLines.joined(separator: "\n"), body: body,
                                     yamlFirstLine: 2, bodyFirstLine: yamlLines.count + 3)
            }
            yamlLines.append(line)
            guard parts.count > 1 else { break }
            rest = parts[1]
        }
        log.error(start, "the front matter is not closed", hint: "add a line '---' after the last front-matter field")
        return nil
    }
}

/// A place in a source file, printed the way compilers print it: `path:line:col`; or a part of a
/// file that has no lines, such as a page of a PDF: `assets/report.pdf: page 3`.
public struct SourceLocation: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The file's path as the user named it (e.g. `content/reviews/child-a.md`).
    public let path: String
    /// 1-based line (for a part, its number, for ordering: the page).
    public let line: Int
    /// 1-based column, in characters.
    public let column: Int
    /// The part of a file without lines, e.g. `page 3` or `metadata field Author`; nil for a line and column.
    public let part: String?

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
        part = nil
    }

    /// A part of a file without lines (`page 3`), ordered by `order`.
    public init(path: String, part: String, order: Int) {
        self.path = path
        line = max(order, 1)
        column = 1
        self.part = part
    }

    public var description: String {
        if let part { return "\(path): \(part)" }
        return "\(path):\(line):\(column)"
    }
}

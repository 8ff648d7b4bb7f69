/// A place in a source file, printed the way compilers print it: `path:line:col`.
public struct SourceLocation: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The file's path as the user named it (e.g. `content/reviews/child-a.md`).
    public let path: String
    /// 1-based line.
    public let line: Int
    /// 1-based column, in characters.
    public let column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
    }

    public var description: String { "\(path):\(line):\(column)" }
}

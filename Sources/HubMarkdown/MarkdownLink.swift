/// A link or image destination found in a Markdown document, with where it was written.
public struct MarkdownLink: Sendable, Codable, Equatable {
    /// The destination as the author wrote it (after Markdown unescaping).
    public let destination: String
    /// Line of the destination within the Markdown source (1-based).
    public let line: Int
    /// Column of the destination within its line (1-based, in characters).
    public let column: Int
    /// True for `![alt](src)` images, false for links.
    public let isImage: Bool

    public init(destination: String, line: Int, column: Int, isImage: Bool) {
        self.destination = destination
        self.line = line
        self.column = column
        self.isImage = isImage
    }
}

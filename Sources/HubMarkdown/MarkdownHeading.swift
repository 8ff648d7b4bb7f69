/// A heading found in a Markdown document.
public struct MarkdownHeading: Sendable, Codable, Equatable {
    /// 1 to 6, as in `#` to `######`.
    public let level: Int
    /// The heading as plain text, without inline markup.
    public let text: String
    /// The unique `id` attribute given to the heading in the rendered HTML.
    public let anchor: String
    /// Line of the heading within the Markdown source (1-based).
    public let line: Int

    public init(level: Int, text: String, anchor: String, line: Int) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.line = line
    }
}

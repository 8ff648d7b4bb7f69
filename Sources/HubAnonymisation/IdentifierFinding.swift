/// One likely identifier found in a document's text.
public struct IdentifierFinding: Sendable, Equatable, CustomStringConvertible {
    /// What kind of identifier it looks like.
    public let kind: IdentifierKind
    /// The text as a reader sees it (no-break spaces as spaces, references decoded, emphasis marks and
    /// invisible characters left out): what an acknowledgement names.
    public let matchedText: String
    /// 1-based line within the scanned text, of the finding's first character as written.
    public let line: Int
    /// 1-based column within the scanned text, in characters.
    public let column: Int

    /// A finding as the scanner reports it (public so that callers and tests can build expected values).
    public init(kind: IdentifierKind, matchedText: String, line: Int, column: Int) {
        self.kind = kind
        self.matchedText = matchedText
        self.line = line
        self.column = column
    }

    /// `line:column: kind "text"`, e.g. `12:5: phone "0141 123 4567"`.
    public var description: String {
        "\(line):\(column): \(kind.rawValue) \"\(matchedText)\""
    }
}

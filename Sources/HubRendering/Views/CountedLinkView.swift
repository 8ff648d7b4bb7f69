/// A link with a number of documents and an optional description (themes, committees, years).
public struct CountedLinkView: Encodable, Sendable {
    public let href: String
    public let label: String
    public let count: Int
    public let description: String
    /// "1 document" / "12 documents".
    public let countLabel: String
}

/// The top of a document page: its type, title, summary, dates, themes and other facts.
public struct DocumentHeaderView: Encodable, Sendable {
    public let kind: String
    public let kindLabel: String
    public let summary: String
    public let publishedISO: String?
    public let publishedLong: String?
    public let updatedISO: String?
    public let updatedLong: String?
    public let themes: [ThemeTagView]
    public let facts: [FactView]
    public let isWithdrawn: Bool
    public let isDraft: Bool
}

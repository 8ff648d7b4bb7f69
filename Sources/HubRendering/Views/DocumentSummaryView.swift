/// A document as it appears in lists: title, type, date, summary and themes.
public struct DocumentSummaryView: Encodable, Sendable {
    public let href: String
    public let title: String
    public let kind: String
    public let kindLabel: String
    public let summary: String
    public let publishedISO: String?
    public let publishedLong: String?
    public let themes: [ThemeTagView]
    public let isWithdrawn: Bool
    public let isDraft: Bool
}

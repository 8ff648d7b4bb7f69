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
    /// The `document-item` template rendered for this view: each document's list entry is
    /// rendered once per folder depth and reused by every list it appears in.
    public var html: String = ""
}

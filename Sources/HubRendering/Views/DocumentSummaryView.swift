/// A document as it appears in lists: title, type, date, summary and themes.
public final class DocumentSummaryView: Encodable, Sendable {
    public let href: String
    public let title: String
    public let kind: String
    public let kindLabel: String
    public let summary: String
    /// For a review whose outcome is recorded, what it describes: "Death of an adult".
    public let summaryLine: String?
    public let publishedISO: String?
    public let publishedLong: String?
    public let themes: [ThemeTagView]
    public let isWithdrawn: Bool
    public let isDraft: Bool
    /// The `document-item` template rendered for this view: each document's list entry is
    /// rendered once per folder depth and reused by every list it appears in.
    public let html: String

    public init(href: String, title: String, kind: String, kindLabel: String, summary: String, summaryLine: String?,
                publishedISO: String?, publishedLong: String?, themes: [ThemeTagView], isWithdrawn: Bool, isDraft: Bool,
                html: String = "") {
        self.href = href
        self.title = title
        self.kind = kind
        self.kindLabel = kindLabel
        self.summary = summary
        self.summaryLine = summaryLine
        self.publishedISO = publishedISO
        self.publishedLong = publishedLong
        self.themes = themes
        self.isWithdrawn = isWithdrawn
        self.isDraft = isDraft
        self.html = html
    }
}

extension DocumentSummaryView {
    /// This entry with its rendered `document-item` HTML.
    func withHTML(_ html: String) -> DocumentSummaryView {
        DocumentSummaryView(href: href, title: title, kind: kind, kindLabel: kindLabel, summary: summary,
                            summaryLine: summaryLine, publishedISO: publishedISO, publishedLong: publishedLong, themes: themes,
                            isWithdrawn: isWithdrawn, isDraft: isDraft, html: html)
    }
}

extension DocumentSummaryView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<DocumentSummaryView>(
        .field("href") { $0.href },
        .field("title") { $0.title },
        .field("kind") { $0.kind },
        .field("kindLabel") { $0.kindLabel },
        .field("summary") { $0.summary },
        .field("summaryLine") { $0.summaryLine },
        .field("publishedISO") { $0.publishedISO },
        .field("publishedLong") { $0.publishedLong },
        .field("themes") { $0.themes },
        .field("isWithdrawn") { $0.isWithdrawn },
        .field("isDraft") { $0.isDraft },
        .field("html") { $0.html }
    )
}

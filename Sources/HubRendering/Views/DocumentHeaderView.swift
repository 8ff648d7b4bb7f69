/// The top of a document page: its type, title, summary, dates, themes and other facts.
public final class DocumentHeaderView: Encodable, Sendable {
    public let kind: String
    public let kindLabel: String
    /// The document's summary, shown as its lede; nil when it has none (a free page may not).
    public let summary: String?
    public let publishedISO: String?
    public let publishedLong: String?
    public let updatedISO: String?
    public let updatedLong: String?
    public let themes: [ThemeTagView]
    public let facts: [FactView]
    public let isWithdrawn: Bool
    public let isDraft: Bool

    public init(kind: String, kindLabel: String, summary: String?, publishedISO: String?, publishedLong: String?,
                updatedISO: String?, updatedLong: String?, themes: [ThemeTagView], facts: [FactView],
                isWithdrawn: Bool, isDraft: Bool) {
        self.kind = kind
        self.kindLabel = kindLabel
        self.summary = summary
        self.publishedISO = publishedISO
        self.publishedLong = publishedLong
        self.updatedISO = updatedISO
        self.updatedLong = updatedLong
        self.themes = themes
        self.facts = facts
        self.isWithdrawn = isWithdrawn
        self.isDraft = isDraft
    }
}

extension DocumentHeaderView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<DocumentHeaderView>(
        .field("kind") { $0.kind },
        .field("kindLabel") { $0.kindLabel },
        .field("summary") { $0.summary },
        .field("publishedISO") { $0.publishedISO },
        .field("publishedLong") { $0.publishedLong },
        .field("updatedISO") { $0.updatedISO },
        .field("updatedLong") { $0.updatedLong },
        .field("themes") { $0.themes },
        .field("facts") { $0.facts },
        .field("isWithdrawn") { $0.isWithdrawn },
        .field("isDraft") { $0.isDraft }
    )
}

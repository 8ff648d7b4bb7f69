/// A link with a number of documents and an optional description (themes, committees, years).
public final class CountedLinkView: Encodable, Sendable {
    public let href: String
    public let label: String
    public let count: Int
    /// What the entry is (a theme's description, a committee's area); nil when there is nothing to say.
    public let description: String?
    /// "1 document" / "12 documents".
    public let countLabel: String

    public init(href: String, label: String, count: Int, description: String?, countLabel: String) {
        self.href = href
        self.label = label
        self.count = count
        self.description = description
        self.countLabel = countLabel
    }
}

extension CountedLinkView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<CountedLinkView>(
        .field("href") { $0.href },
        .field("label") { $0.label },
        .field("count") { $0.count },
        .field("description") { $0.description },
        .field("countLabel") { $0.countLabel }
    )
}

/// A link to one page of a list, or the gap between pages that are not linked.
public final class PageLinkView: Encodable, Sendable {
    /// The page's number ("7"); empty for a gap.
    public let number: String
    /// Relative link to the page; nil for a gap.
    public let href: String?
    /// Whether it is the page being shown.
    public let isCurrent: Bool
    public let isGap: Bool

    public init(number: String, href: String?, isCurrent: Bool, isGap: Bool) {
        self.number = number
        self.href = href
        self.isCurrent = isCurrent
        self.isGap = isGap
    }
}

extension PageLinkView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<PageLinkView>(
        .field("number") { $0.number },
        .field("href") { $0.href },
        .field("isCurrent") { $0.isCurrent },
        .field("isGap") { $0.isGap }
    )
}

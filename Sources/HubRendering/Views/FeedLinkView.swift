/// An Atom feed a page advertises in its head (`<link rel="alternate">`).
public final class FeedLinkView: Encodable, Sendable {
    public let href: String
    public let title: String

    public init(href: String, title: String) {
        self.href = href
        self.title = title
    }
}

extension FeedLinkView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<FeedLinkView>(
        .field("href") { $0.href },
        .field("title") { $0.title }
    )
}

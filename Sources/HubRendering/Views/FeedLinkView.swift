/// An Atom feed a page advertises in its head (`<link rel="alternate">`).
public final class FeedLinkView: Encodable, Sendable {
    public let href: String
    public let title: String

    public init(href: String, title: String) {
        self.href = href
        self.title = title
    }
}

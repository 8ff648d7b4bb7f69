/// An Atom feed a page advertises in its head (`<link rel="alternate">`).
public struct FeedLinkView: Encodable, Sendable {
    public let href: String
    public let title: String
}

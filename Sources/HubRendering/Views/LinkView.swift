/// A link as templates show it: a relative `href` and its text.
public final class LinkView: Encodable, Sendable {
    public let href: String
    public let label: String

    public init(href: String, label: String) {
        self.href = href
        self.label = label
    }
}

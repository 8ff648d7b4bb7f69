/// A learning theme shown as a link on a document.
public final class ThemeTagView: Encodable, Sendable {
    public let href: String
    public let title: String

    public init(href: String, title: String) {
        self.href = href
        self.title = title
    }
}

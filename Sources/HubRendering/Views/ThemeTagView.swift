/// A learning theme shown as a link on a document.
public struct ThemeTagView: Encodable, Sendable {
    public let href: String
    public let title: String
}

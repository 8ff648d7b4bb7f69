/// A link as templates show it: a relative `href` and its text.
public struct LinkView: Encodable, Sendable {
    public let href: String
    public let label: String
}

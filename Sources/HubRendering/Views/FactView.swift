/// One line of a document's metadata list, e.g. "Review type: Significant case review".
public struct FactView: Encodable, Sendable {
    public let label: String
    public let value: String
    /// Set when the value links to an index page.
    public let href: String?
}

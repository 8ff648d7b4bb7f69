/// One line of a document's metadata list, e.g. "Review type: Significant case review".
public final class FactView: Encodable, Sendable {
    public let label: String
    public let value: String
    /// Set when the value links to an index page.
    public let href: String?

    public init(label: String, value: String, href: String?) {
        self.label = label
        self.value = value
        self.href = href
    }
}

extension FactView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<FactView>(
        .field("label") { $0.label },
        .field("value") { $0.value },
        .field("href") { $0.href }
    )
}

/// A link as templates show it: a relative `href` and its text.
public final class LinkView: Encodable, Sendable {
    public let href: String
    public let label: String

    public init(href: String, label: String) {
        self.href = href
        self.label = label
    }
}

extension LinkView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<LinkView>(
        .field("href") { $0.href },
        .field("label") { $0.label }
    )
}

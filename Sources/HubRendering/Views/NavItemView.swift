/// An entry of the primary navigation; `current` marks the section the page is in.
public final class NavItemView: Encodable, Sendable {
    public let href: String
    public let label: String
    public let current: Bool

    public init(href: String, label: String, current: Bool) {
        self.href = href
        self.label = label
        self.current = current
    }
}

extension NavItemView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<NavItemView>(
        .field("href") { $0.href },
        .field("label") { $0.label },
        .field("current") { $0.current }
    )
}

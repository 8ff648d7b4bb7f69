/// A learning theme shown as a link on a document.
public final class ThemeTagView: Encodable, Sendable {
    public let href: String
    public let title: String

    public init(href: String, title: String) {
        self.href = href
        self.title = title
    }
}

extension ThemeTagView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<ThemeTagView>(
        .field("href") { $0.href },
        .field("title") { $0.title }
    )
}

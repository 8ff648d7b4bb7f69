/// Facts about the hub that every page shows.
public final class SiteView: Encodable, Sendable {
    public let title: String
    public let description: String
    public let language: String
    public let baseURL: String
    /// Link to the accessibility statement, if the hub has one.
    public let accessibilityHref: String?
    public let aboutHref: String?

    public init(title: String, description: String, language: String, baseURL: String, accessibilityHref: String?,
                aboutHref: String?) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.accessibilityHref = accessibilityHref
        self.aboutHref = aboutHref
    }
}

extension SiteView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<SiteView>(
        .field("title") { $0.title },
        .field("description") { $0.description },
        .field("language") { $0.language },
        .field("baseURL") { $0.baseURL },
        .field("accessibilityHref") { $0.accessibilityHref },
        .field("aboutHref") { $0.aboutHref }
    )
}

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

/// Facts about the hub that every page shows.
public struct SiteView: Encodable, Sendable {
    public let title: String
    public let description: String
    public let language: String
    public let baseURL: String
    /// Link to the accessibility statement, if the hub has one.
    public let accessibilityHref: String?
    public let aboutHref: String?
}

import HubSupport
/// A learning theme of the hub's vocabulary, in display order.
public struct CatalogueTheme: Codable, Sendable, Equatable {
    public let id: String
    public let title: String
    public let description: String
    /// Absolute URL of the theme's page.
    public let url: String
    /// Absolute URL of the theme's Atom feed.
    public let feed: String
    /// Published and withdrawn documents on the theme.
    public let documentCount: Int

    enum CodingKeys: String, CodingKey {
        case id, title, description, url, feed
        case documentCount = "document_count"
    }

    /// Writes the theme as `JSONEncoder` (sorted keys) encodes it.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.member("description", description)
        json.member("document_count", documentCount)
        json.member("feed", feed)
        json.member("id", id)
        json.member("title", title)
        json.member("url", url)
        json.endObject()
    }
}

import HubSupport
/// The hub a catalogue describes.
public struct CatalogueHub: Codable, Sendable, Equatable {
    public let title: String
    public let description: String
    /// Absolute URL of the site, ending in `/`.
    public let baseURL: String
    /// BCP 47 language tag.
    public let language: String
    /// Absolute URL of the Atom feed of all new learning.
    public let feed: String
    /// Whom the hub's learning is about: `children`, `adults` or `both` (added in 1.1).
    public let scope: String

    enum CodingKeys: String, CodingKey {
        case title, description
        case baseURL = "base_url"
        case language, feed, scope
    }

    /// Writes the hub as `JSONEncoder` (sorted keys) encodes it.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.member("base_url", baseURL)
        json.member("description", description)
        json.member("feed", feed)
        json.member("language", language)
        json.member("scope", scope)
        json.member("title", title)
        json.endObject()
    }
}

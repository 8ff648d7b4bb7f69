import HubSupport
/// A committee or partnership whose learning the hub holds.
public struct CatalogueCommittee: Codable, Sendable, Equatable {
    public let id: String
    public let name: String
    public let area: String
    /// Absolute URL of the committee's page.
    public let url: String
    /// Published and withdrawn documents of the committee.
    public let documentCount: Int

    enum CodingKeys: String, CodingKey {
        case id, name, area, url
        case documentCount = "document_count"
    }

    /// Writes the committee as `JSONEncoder` (sorted keys) encodes it.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.member("area", area)
        json.member("document_count", documentCount)
        json.member("id", id)
        json.member("name", name)
        json.member("url", url)
        json.endObject()
    }
}

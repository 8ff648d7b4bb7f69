import HubSupport
/// A committee or partnership whose learning the hub holds.
public struct CatalogueCommittee: Codable, Sendable, Equatable {
    public let id: String
    public let name: String
    public let area: String
    /// What kind of body it is (e.g. `adult-protection`), or null (added in 1.1).
    public let kind: String?
    /// Absolute URL of the committee's page.
    public let url: String
    /// Published and withdrawn documents of the committee.
    public let documentCount: Int

    enum CodingKeys: String, CodingKey {
        case id, name, area, kind, url
        case documentCount = "document_count"
    }

    /// Every key, `kind` as null when absent (a synthesised encoder would leave it out).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(area, forKey: .area)
        try container.encode(kind, forKey: .kind)
        try container.encode(url, forKey: .url)
        try container.encode(documentCount, forKey: .documentCount)
    }

    /// Writes the committee as `JSONEncoder` (sorted keys) encodes it.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.member("area", area)
        json.member("document_count", documentCount)
        json.member("id", id)
        json.member("kind", kind)
        json.member("name", name)
        json.member("url", url)
        json.endObject()
    }
}

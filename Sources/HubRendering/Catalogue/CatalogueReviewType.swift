import HubSupport
/// A kind of review of the content model: its id, full name, the nations that use it and what it is.
public struct CatalogueReviewType: Codable, Sendable, Equatable {
    /// The content model's id, e.g. `sar`.
    public let id: String
    /// The full name, e.g. "Safeguarding adults review".
    public let name: String
    /// `england`, `wales`, `scotland`, `northern-ireland`.
    public let nations: [String]
    /// What this kind of review is, in one sentence.
    public let description: String
    /// The subject every review of this kind is about, or null when the kind does not settle it.
    public let subject: String?
    /// Absolute URL of the hub's page of reviews of this kind, or null when it has none.
    public let url: String?
    /// Published and withdrawn reviews of this kind.
    public let documentCount: Int

    enum CodingKeys: String, CodingKey {
        case id, name, nations, description, subject, url
        case documentCount = "document_count"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(nations, forKey: .nations)
        try container.encode(description, forKey: .description)
        try container.encode(subject, forKey: .subject)
        try container.encode(url, forKey: .url)
        try container.encode(documentCount, forKey: .documentCount)
    }

    /// Writes the review type as `JSONEncoder` (sorted keys) encodes it.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.member("description", description)
        json.member("document_count", documentCount)
        json.member("id", id)
        json.member("name", name)
        json.member("nations", nations)
        json.member("subject", subject)
        json.member("url", url)
        json.endObject()
    }
}

import HubSupport
/// One recommendation of a review and its progress, as the catalogue records it.
///
/// Every key is always written; a value the review does not give is `null`.
public struct CatalogueRecommendation: Codable, Sendable, Equatable {
    public let id: String
    public let text: String
    /// `single-agency`, `multi-agency`, `committee`, `senior-managers` or `national`.
    public let target: String
    /// One of the content model's categories, e.g. `training`, `policy`, `audit`.
    public let category: String
    /// `not-started`, `in-progress` or `complete`.
    public let status: String
    public let owner: String?
    /// `YYYY-MM-DD`.
    public let due: String?
    /// Past its due date on the catalogue's `generated` date and not complete.
    public let overdue: Bool

    enum CodingKeys: String, CodingKey {
        case id, text, target, category, status, owner, due, overdue
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(target, forKey: .target)
        try container.encode(category, forKey: .category)
        try container.encode(status, forKey: .status)
        try container.encode(owner, forKey: .owner)
        try container.encode(due, forKey: .due)
        try container.encode(overdue, forKey: .overdue)
    }

    /// Writes the recommendation as `JSONEncoder` (sorted keys) encodes it.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.member("category", category)
        json.member("due", due)
        json.member("id", id)
        json.member("overdue", overdue)
        json.member("owner", owner)
        json.member("status", status)
        json.member("target", target)
        json.member("text", text)
        json.endObject()
    }
}

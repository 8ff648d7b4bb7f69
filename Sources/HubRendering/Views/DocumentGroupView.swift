/// Documents of one type, as a theme or listing page groups them.
public struct DocumentGroupView: Encodable, Sendable {
    public let id: String
    public let title: String
    public let count: Int
    public let documents: [DocumentSummaryView]
}

/// Documents of one type, as a theme or listing page groups them.
public final class DocumentGroupView: Encodable, Sendable {
    public let id: String
    public let title: String
    public let count: Int
    public let documents: [DocumentSummaryView]

    public init(id: String, title: String, count: Int, documents: [DocumentSummaryView]) {
        self.id = id
        self.title = title
        self.count = count
        self.documents = documents
    }
}

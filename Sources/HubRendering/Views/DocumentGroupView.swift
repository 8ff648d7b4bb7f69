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

extension DocumentGroupView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<DocumentGroupView>(
        .field("id") { $0.id },
        .field("title") { $0.title },
        .field("count") { $0.count },
        .field("documents") { $0.documents }
    )
}

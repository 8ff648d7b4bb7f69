import HubMarkdown
@testable import HubModel

/// A document as the parser gives it (its metadata, and its text cut into front matter and body),
/// whose fields the tests read by name (`document.title`, `document.body`).
@dynamicMemberLookup
struct ParsedFixture {
    let metadata: DocumentMetadata
    let text: DocumentText

    init(_ parsed: (metadata: DocumentMetadata, text: DocumentText)) {
        metadata = parsed.metadata
        text = parsed.text
    }

    subscript<Value>(dynamicMember field: KeyPath<DocumentMetadata, Value>) -> Value {
        metadata[keyPath: field]
    }

    var body: String { text.body }

    func publicationState(on today: CalendarDate) -> PublicationState { metadata.publicationState(on: today) }
    var frontMatterText: String { text.frontMatter }

    /// The document as a hub holds it, with nothing rendered (for tests of the hub's indexes).
    var document: Document {
        Document(metadata: metadata, content: DocumentContent(.empty, metadata: metadata.fingerprint))
    }
}

/// One document of the hub as loaded: what its file says of it (`metadata`, whose fields it gives by
/// name: `document.title`) and its body as rendered (`content`).
///
/// A class, so that the lists, indexes and tuples the later stages make of documents share one copy.
@dynamicMemberLookup
public final class Document: Sendable {
    public let metadata: DocumentMetadata
    public let content: DocumentContent

    public init(metadata: DocumentMetadata, content: DocumentContent) {
        self.metadata = metadata
        self.content = content
    }

    /// A field of the metadata, by name.
    @inlinable
    public subscript<Value>(dynamicMember field: KeyPath<DocumentFields, Value>) -> Value {
        metadata.fields[keyPath: field]
    }

    /// The page's path under the site root, ending in `/` (e.g. `reviews/child-a/`; pages: `about/`).
    public var sitePath: String { metadata.sitePath }

    /// Where `field` was written in the front matter, or the start of the file.
    public func location(of field: String) -> SourceLocation { metadata.location(of: field) }

    /// Where the document stands on `today`.
    public func publicationState(on today: CalendarDate) -> PublicationState { metadata.publicationState(on: today) }

    /// Minutes to read aloud at about 200 words a minute, at least one.
    public var readingMinutes: Int { max(1, Int((Double(content.wordCount) / 200).rounded(.up))) }
}

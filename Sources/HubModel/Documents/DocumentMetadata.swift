/// What a document's file says of it (`DocumentFields`, whose fields it gives by name:
/// `metadata.title`), shared by reference: the loading steps pass each document's metadata through
/// several lists, and a copy then costs one reference count rather than one per field.
@dynamicMemberLookup
public final class DocumentMetadata: Sendable, Equatable {
    public let fields: DocumentFields
    /// The page's path under the site root, ending in `/` (e.g. `reviews/child-a/`; pages: `about/`);
    /// asked for at every stage, so worked out once.
    public let sitePath: String

    public init(_ fields: DocumentFields) {
        self.fields = fields
        sitePath = SitePaths.document(fields.kind, slug: fields.slug)
    }

    /// A field, by name.
    @inlinable
    public subscript<Value>(dynamicMember field: KeyPath<DocumentFields, Value>) -> Value {
        fields[keyPath: field]
    }

    /// Where `field` was written in the front matter, or the start of the file.
    public func location(of field: String) -> SourceLocation { fields.location(of: field) }

    /// Where the document stands on `today`.
    public func publicationState(on today: CalendarDate) -> PublicationState { fields.publicationState(on: today) }

    public static func == (left: DocumentMetadata, right: DocumentMetadata) -> Bool {
        left === right || left.fields == right.fields
    }
}

/// A document that parsed, with where it stands on the build's date: what the publication, validation
/// and render steps work on.
public struct ParsedDocument: Sendable {
    public let metadata: DocumentMetadata
    public let source: DocumentSource
    public let state: PublicationState
    /// Whether it will be on the site: visible, or a draft in a preview that shows drafts.
    public let isIncluded: Bool
    /// What the document memo noted of its file in the parse step (`ParsedFile.memoNote`).
    public let memoNote: (any Sendable)?
}

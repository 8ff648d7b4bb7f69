import HubModel

/// One document as an earlier build loaded it: parsed, and rendered if that build got so far.
///
/// The document's body and front matter are not stored: they are in the source file, which is read
/// again only when the document must be rendered again.
struct CachedDocument: Sendable, Equatable {
    var metadata: DocumentMetadata
    var parseDiagnostics: [Diagnostic]
    var rendering: CachedRendering?

    /// The bytes after the entry's head: its rendering's plain text and HTML.
    var tailLength: Int {
        guard let rendering else { return 0 }
        return rendering.plainText.length + rendering.html.length
    }
}

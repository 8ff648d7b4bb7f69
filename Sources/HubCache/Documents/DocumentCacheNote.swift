import HubModel
import HubSupport

/// What the document cache noted of one source file in the parse step: it comes back with the file at
/// the render step and when loading is over.
final class DocumentCacheNote: @unchecked Sendable {
    /// The key of the file's entry: its text, path and the hub's settings.
    let key: Fingerprint
    /// Nil when the file did not parse.
    let entry: CachedDocument?
    /// The file's stamp and text fingerprint, for the next build's source index.
    let source: SourceIndex.Entry?
    /// Parsed in this build: stored once rendered, or as parsed when loading is over.
    let isFresh: Bool
    /// Found by its unchanged stamp, without being read.
    let isUnread: Bool
    /// The head of the entry the render step stored, if it stored one. Written by the one thread that
    /// renders the document, read once every document is rendered.
    var stored: DocumentHeads.Record?

    init(key: Fingerprint, entry: CachedDocument?, source: SourceIndex.Entry?, isFresh: Bool, isUnread: Bool) {
        self.key = key
        self.entry = entry
        self.source = source
        self.isFresh = isFresh
        self.isUnread = isUnread
    }
}

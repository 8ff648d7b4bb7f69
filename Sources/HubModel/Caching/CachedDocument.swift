/// One document as an earlier build loaded it: parsed, and rendered if that build got so far.
///
/// The document's body and front matter are not stored: they are cut again from the source
/// file, which the loader reads anyway to know whether it changed.
struct CachedDocument: Codable, Sendable {
    var document: Document
    var parseDiagnostics: [Diagnostic]
    var rendering: CachedRendering?
}

import HubMarkdown

/// A document's rendering and checks from an earlier build, valid while `context` matches.
struct CachedRendering: Codable, Sendable {
    /// `DocumentCache.renderingContext`: what the rendering depended on besides the document.
    var context: Fingerprint
    /// The rendered Markdown; `html` and `plainText` are stored apart from the rest, as raw bytes.
    var content: RenderedMarkdown
    /// `Document.contentFingerprint` of the rendered document.
    var contentFingerprint: Fingerprint
    var diagnostics: [Diagnostic]
    var assets: [String]
}

import HubSupport
import HubMarkdown

/// A document's rendering and checks from an earlier build, valid while `context` matches.
struct CachedRendering: Codable, Sendable {
    /// `DocumentCache.renderingContext`: what the rendering depended on besides the document.
    var context: Fingerprint
    /// The rendered Markdown. Its HTML is not stored; its plain text is stored last in the entry,
    /// and an entry read back has it in `text` instead.
    var content: RenderedMarkdown
    /// The plain text of an entry read back (nil for one about to be stored, whose `content` has it).
    var text: CachedText?
    /// `Document.contentFingerprint` of the rendered document.
    var contentFingerprint: Fingerprint
    var diagnostics: [Diagnostic]
    var assets: [String]

    init(context: Fingerprint, content: RenderedMarkdown, text: CachedText? = nil, contentFingerprint: Fingerprint,
         diagnostics: [Diagnostic], assets: [String]) {
        self.context = context
        self.content = content
        self.text = text
        self.contentFingerprint = contentFingerprint
        self.diagnostics = diagnostics
        self.assets = assets
    }
}

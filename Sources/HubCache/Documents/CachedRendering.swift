import HubMarkdown
import HubModel
import HubSupport

/// A document's rendering and checks from an earlier build, valid while `context` matches.
struct CachedRendering: Sendable, Equatable {
    /// `RenderingInputs.fingerprint` with the generator: what the rendering depended on besides the text.
    var context: Fingerprint
    var headings: [MarkdownHeading]
    var links: [MarkdownLink]
    var wordCount: Int
    /// `DocumentContent.fingerprint` of the rendered document.
    var contentFingerprint: Fingerprint
    var diagnostics: [Diagnostic]
    var assets: [String]
    /// Stored last in the entry, in this order, and read only when asked for.
    var plainText: CachedText
    var html: CachedText

    /// The rendering of a document rendered in this build, whose inputs had the fingerprint `context`.
    init(context: Fingerprint, rendered: RenderedDocument) throws {
        self.context = context
        headings = rendered.content.headings
        links = rendered.content.links
        wordCount = rendered.content.wordCount
        contentFingerprint = rendered.content.fingerprint
        diagnostics = rendered.log.diagnostics
        assets = rendered.assets
        plainText = .text(try rendered.content.plainText())
        html = .text(try rendered.content.html())
    }

    init(context: Fingerprint, headings: [MarkdownHeading], links: [MarkdownLink], wordCount: Int,
         contentFingerprint: Fingerprint, diagnostics: [Diagnostic], assets: [String], plainText: CachedText, html: CachedText) {
        self.context = context
        self.headings = headings
        self.links = links
        self.wordCount = wordCount
        self.contentFingerprint = contentFingerprint
        self.diagnostics = diagnostics
        self.assets = assets
        self.plainText = plainText
        self.html = html
    }

    /// The rendering as the render step gives it: its HTML and text read from the entry when first asked for.
    var rendered: RenderedDocument {
        var log = DiagnosticLog()
        log.append(contentsOf: diagnostics)
        let content = DocumentContent(headings: headings, links: links, wordCount: wordCount, fingerprint: contentFingerprint,
                                      html: html.deferred, plainText: plainText.deferred)
        return RenderedDocument(content: content, log: log, assets: assets)
    }
}

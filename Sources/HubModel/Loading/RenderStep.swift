import HubMarkdown
import HubSupport

/// The render-Markdown-and-scan step: each included document's body rendered with its links
/// rewritten, then checked (links, structure, identifiers), in parallel, each through the document
/// memo (which may remember the rendering of an unchanged document).
struct RenderStep: Sendable {
    let folder: HubFolder
    let memo: any DocumentMemo
    let resolver: LinkResolver
    let anonymisation: AnonymisationCheck
    /// Stands for the identifier scan's settings: the names of the denylist and the hub's pseudonyms.
    let scanSettings: Fingerprint
    private let renderer = MarkdownRenderer(reservedAnchors: PageAnchors.reserved)

    init(folder: HubFolder, memo: any DocumentMemo, resolver: LinkResolver, anonymisation: AnonymisationCheck,
         scanSettings: Fingerprint) {
        self.folder = folder
        self.memo = memo
        self.resolver = resolver
        self.anonymisation = anonymisation
        self.scanSettings = scanSettings
    }

    /// The rendering of each of `documents`, in order.
    func render(_ documents: [ParsedDocument]) -> [RenderedDocument] {
        Parallel.map(documents) { document in
            let inputs = RenderingInputs(state: document.state, resolver: resolver, scanSettings: scanSettings)
            return memo.render(document, inputs: inputs) { renderAndCheck(document) }
        }
    }

    /// Checks `documents`, which will not be on the site (drafts, embargoed documents, documents whose
    /// front matter has errors), as far as their text can be read: their links, structure, identifiers
    /// and guidance. Only what they found wrong is kept.
    func check(_ documents: [ParsedDocument]) -> [DiagnosticLog] {
        Parallel.map(documents) { document in
            let inputs = RenderingInputs(state: document.state, resolver: resolver, scanSettings: scanSettings)
            return memo.render(document, inputs: inputs) { renderAndCheck(document) }.log
        }
    }

    private func renderAndCheck(_ document: ParsedDocument) -> RenderedDocument {
        let metadata = document.metadata
        var log = DiagnosticLog()
        guard let text = text(of: document, log: &log) else {
            return RenderedDocument(content: DocumentContent(.empty, metadata: metadata.fingerprint), log: log, assets: [])
        }
        var assets: Set<String> = []
        let rendered = renderer.render(text.body) { link in
            resolver.resolve(link, in: metadata, log: &log, assetsUsed: &assets)
        }
        let content = DocumentContent(rendered, metadata: metadata.fingerprint)
        if let report = resolver.checkReport(of: metadata, log: &log) { assets.insert(report) }
        HubValidator.checkStructure(metadata, headings: rendered.headings, wordCount: rendered.wordCount, log: &log)
        // A draft may still hold identifiers and guidance while it is written; anything else will be published.
        anonymisation.check(metadata, text: text, links: rendered.links, severity: document.state == .draft ? .warning : .error, log: &log)
        if document.state != .draft { GuidanceCheck.check(metadata, text: text, log: &log) }
        // A withdrawn document's text is not published, so neither are the files it links to.
        if document.state == .withdrawn { assets.removeAll() }
        return RenderedDocument(content: content, log: log, assets: assets.sorted())
    }

    /// The document's text: as parsed, or read now if the memo knew the file without reading it, which
    /// must then be the text the memo recorded.
    private func text(of document: ParsedDocument, log: inout DiagnosticLog) -> DocumentText? {
        switch document.source {
        case .text(let text):
            return text
        case .unread(let expected):
            var ignored = DiagnosticLog()
            let path = document.metadata.sourcePath
            if let text = folder.readText(path, log: &ignored), DocumentText.fingerprint(ofFile: text) == expected,
               let split = DocumentText.split(text, path: document.metadata.displayPath, log: &ignored) {
                return split
            }
            log.error(SourceLocation(path: document.metadata.displayPath, line: 1, column: 1),
                      "the file changed while the site was being built", hint: "build the site again")
            return nil
        }
    }
}

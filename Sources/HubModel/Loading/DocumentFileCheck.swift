import HubAnonymisation
import HubMarkdown

/// The checks of one document file on its own, as a build makes them, for a command that has just
/// written the file (`learning-hub import`): its front matter, and the identifier scan of its text.
public enum DocumentFileCheck {
    /// Every diagnostic for the file `text` at `sourcePath` (relative to the content folder, e.g.
    /// `reviews/child-q.md`), located at `displayPath`; identifier findings are warnings in a draft.
    public static func diagnostics(of text: String, kind: DocumentKind, sourcePath: String, displayPath: String,
                                   config: HubConfig, denylist: Denylist) -> [Diagnostic] {
        var log = DiagnosticLog()
        let metadata: DocumentMetadata
        let documentText: DocumentText
        switch DocumentParser(config: config).outcome(text, kind: kind, sourcePath: sourcePath, displayPath: displayPath, log: &log) {
        case .parsed(let parsed, let split), .damaged(let parsed, let split):
            (metadata, documentText) = (parsed, split)
        case .unreadable:
            return log.sorted
        }
        let state = metadata.publicationState(on: .today())
        let pseudonyms = Pseudonyms(config.pseudonyms)
        let links = MarkdownRenderer().render(documentText.body).links
        AnonymisationCheck(scanner: IdentifierScanner(denylist: denylist, pseudonyms: pseudonyms), tally: ScanTally())
            .check(metadata, text: documentText, links: links, severity: state == .draft ? .warning : .error, log: &log)
        return log.sorted
    }
}

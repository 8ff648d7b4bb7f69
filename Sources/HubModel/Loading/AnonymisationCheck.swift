import HubAnonymisation
/// Runs the identifier scan over a document's front matter and body and reports every finding
/// that the author has not acknowledged, at its line and column in the file.
struct AnonymisationCheck: Sendable {
    let scanner: IdentifierScanner

    /// Scans `document`, whose text is `text`; findings are errors for published documents, warnings for previewed drafts.
    func check(_ document: DocumentMetadata, text: DocumentText, severity: Diagnostic.Severity, log: inout DiagnosticLog) {
        var used = Set<String>()
        let acknowledged = Dictionary(document.acknowledgements.map { (Self.normalise($0.text), $0) }) { first, _ in first }
        func report(_ finding: IdentifierFinding, lineOffset: Int) {
            if acknowledged[Self.normalise(finding.matchedText)] != nil {
                used.insert(Self.normalise(finding.matchedText))
                return
            }
            let location = SourceLocation(path: document.displayPath, line: finding.line + lineOffset, column: finding.column)
            let message = "this looks like \(finding.kind.label), which could identify someone: \"\(finding.matchedText)\""
            let hint = "remove or anonymise it; if it is safe to publish (e.g. a national helpline), acknowledge it in the front matter: acknowledge: [{text: \"\(finding.matchedText)\", reason: ...}]"
            if severity == .error { log.error(location, message, hint: hint) } else { log.warning(location, message, hint: hint) }
        }
        let skipped = document.acknowledgementLines ?? 0...0
        for finding in scanner.scan(text.frontMatter) where !skipped.contains(finding.line + document.frontMatterFirstLine - 1) {
            report(finding, lineOffset: document.frontMatterFirstLine - 1)
        }
        for finding in scanner.scan(text.body) {
            report(finding, lineOffset: document.bodyFirstLine - 1)
        }
        for acknowledgement in document.acknowledgements where !used.contains(Self.normalise(acknowledgement.text)) {
            log.warning(acknowledgement.location, "the acknowledgement of \"\(acknowledgement.text)\" matches nothing the check found",
                        hint: "remove it, or copy the text exactly as the check reported it")
        }
    }

    /// Acknowledged text matches however its spaces are written.
    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}

import Foundation
import HubAnonymisation
import HubMarkdown

/// Runs the identifier scan over every channel of a document that reaches the site — its front
/// matter (every field, at any depth), its body, its file name, its slug, every link and image
/// address and its report's path — and reports every finding the author has not acknowledged, at its
/// line and column in the file.
struct AnonymisationCheck: Sendable {
    let scanner: IdentifierScanner
    /// Adds up the CPU time spent scanning, for `--timings`.
    let tally: ScanTally

    /// Scans `document`, whose text is `text` and whose body links to `links`; findings are errors for
    /// published documents, warnings for previewed drafts.
    func check(_ document: DocumentMetadata, text: DocumentText, links: [MarkdownLink], severity: Diagnostic.Severity,
               log: inout DiagnosticLog) {
        let started = ScanTally.threadTime()
        defer { tally.add(nanoseconds: ScanTally.threadTime() &- started) }
        var report = FindingReport(acknowledgements: document.acknowledgements, severity: severity)
        let pseudonyms = Pseudonyms(document.pseudonyms)
        let skipped = document.acknowledgementLines ?? 0...0
        let frontMatterOffset = document.frontMatterFirstLine - 1
        for finding in scanner.scan(text.frontMatter, syntax: .yaml, pseudonyms: pseudonyms)
        where !skipped.contains(finding.line + frontMatterOffset) {
            report.add(finding, at: SourceLocation(path: document.displayPath, line: finding.line + frontMatterOffset,
                                                   column: finding.column), log: &log)
        }
        for finding in scanner.scan(text.body, pseudonyms: pseudonyms) {
            report.add(finding, at: SourceLocation(path: document.displayPath, line: finding.line + document.bodyFirstLine - 1,
                                                   column: finding.column), log: &log)
        }
        checkNames(document, links: links, report: &report, log: &log)
        report.warnUnused(log: &log)
    }

    /// The channels that are not prose: the file name, the slug, link and image addresses, the report's path.
    private func checkNames(_ document: DocumentMetadata, links: [MarkdownLink], report: inout FindingReport,
                            log: inout DiagnosticLog) {
        let fileLocation = SourceLocation(path: document.displayPath, line: 1, column: 1)
        for finding in scanner.scanName(document.sourcePath) {
            report.add(finding, at: fileLocation, channel: "its file name (and so the page's address)", log: &log)
        }
        if document.slug != Slug.fromFile(document.sourcePath) {
            let location = document.location(of: "slug")
            for finding in scanner.scanName(document.slug) {
                report.add(finding, at: location.shifted(by: finding.column - 1), channel: "its slug, the page's address", log: &log)
            }
        }
        if let reportPath = document.review?.reportAsset {
            let location = document.location(of: "report")
            for finding in scanner.scanName(reportPath) {
                report.add(finding, at: location.shifted(by: finding.column - 1), channel: "the report's file name", log: &log)
            }
        }
        // A link to another document by its file (`../reviews/x.md`) names a file checked as that document's own.
        for link in links where !(link.destination.hasSuffix(".md") && !link.destination.contains("//")) {
            let location = SourceLocation(path: document.displayPath, line: link.line + document.bodyFirstLine - 1, column: link.column)
            let channel = link.isImage ? "an image's address" : "a link's address"
            for finding in scanner.scanName(LinkAddress.readable(link.destination)) {
                report.add(finding, at: location.shifted(by: finding.column - 1), channel: channel, log: &log)
            }
        }
    }
}

extension SourceLocation {
    /// The location `columns` characters further along the line.
    func shifted(by columns: Int) -> SourceLocation {
        part == nil ? SourceLocation(path: path, line: line, column: column + columns) : self
    }
}

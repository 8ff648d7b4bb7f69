import Foundation
import HubAnonymisation
import HubSupport

/// The scan-attachments step: every PDF under `assets/` that an included document links (in its body
/// or as its `report:`) scanned for identifiers, each once, through the attachment memo. A finding
/// is reported at the PDF's page or metadata field (`assets/report.pdf: page 3: error: ...`) unless a
/// document that links the PDF acknowledges it; an unreadable or encrypted PDF is an error.
struct AttachmentStep: Sendable {
    let folder: HubFolder
    let scanner: PDFScanner
    let memo: any AttachmentMemo
    /// Stands for the scan's settings: the denylist and the hub's pseudonyms.
    let settings: Fingerprint

    /// Scans the PDFs `documents` link (with what rendering them gave), logging what it finds; an
    /// acknowledgement a PDF used is taken out of the warnings that it matched nothing.
    func scan(_ documents: [(ParsedDocument, RenderedDocument)], log: inout DiagnosticLog) {
        var linkers: [String: [ParsedDocument]] = [:]
        for (document, rendered) in documents {
            for asset in rendered.assets where asset.lowercased().hasSuffix(".pdf") { linkers[asset, default: []].append(document) }
        }
        let paths = linkers.keys.sorted()
        let scans = Parallel.map(paths) { path -> (AttachmentScan, Fingerprint?) in
            guard let key = key(of: path) else { return (AttachmentScan(findings: [], problem: "it cannot be read"), nil) }
            return (memo.scan(key: key) { scanner.scan(path: folder.fullPath(path)) }, key)
        }
        memo.scanningFinished(keys: Set(scans.compactMap(\.1)))
        var covered: [(DocumentMetadata, Acknowledgement)] = []
        for (path, (scan, _)) in zip(paths, scans) {
            covered += report(scan, of: path, linkedBy: linkers[path] ?? [], log: &log)
        }
        withdrawUnusedWarnings(for: covered, log: &log)
    }

    /// Reports one PDF's findings; returns the acknowledgements that covered one.
    private func report(_ scan: AttachmentScan, of path: String, linkedBy documents: [ParsedDocument],
                        log: inout DiagnosticLog) -> [(DocumentMetadata, Acknowledgement)] {
        let display = folder.displayPath(path)
        let severity: Diagnostic.Severity = documents.contains { $0.state.isVisible } ? .error : .warning
        if let problem = scan.problem {
            let message = "this PDF is published but \(problem)"
            let hint = "publish a PDF that opens without a password, saved again from the original document"
            let location = SourceLocation(path: display, part: "the whole file", order: 1)
            if severity == .error { log.error(location, message, hint: hint) } else { log.warning(location, message, hint: hint) }
        }
        let acknowledgements = documents.flatMap { document in document.metadata.acknowledgements.map { (document.metadata, $0) } }
        var report = FindingReport(acknowledgements: acknowledgements.map(\.1), severity: severity)
        for finding in scan.findings {
            report.add(IdentifierFinding(kind: finding.kind, matchedText: finding.text, line: 1, column: 1),
                       at: SourceLocation(path: display, part: finding.part, order: finding.order), channel: "a PDF this hub publishes",
                       log: &log)
        }
        return acknowledgements.filter { report.covers($0.1.text) }
    }

    /// The acknowledgements that covered a finding in a PDF matched something after all.
    private func withdrawUnusedWarnings(for covered: [(DocumentMetadata, Acknowledgement)], log: inout DiagnosticLog) {
        guard !covered.isEmpty else { return }
        let withdrawn = Set(covered.map { _, acknowledgement in
            Diagnostic(.warning, at: acknowledgement.location, FindingReport.unusedMessage(acknowledgement), hint: FindingReport.unusedHint)
        })
        log.remove { withdrawn.contains($0) }
    }

    /// Stands for the file's bytes and the scan's settings; nil if it cannot be read.
    private func key(of path: String) -> Fingerprint? {
        guard let handle = FileHandle(forReadingAtPath: folder.fullPath(path)) else { return nil }
        defer { try? handle.close() }
        var hasher = StableHasher()
        hasher.combine("attachment scan 1")
        hasher.combine(settings)
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.combine(chunk) }
        return hasher.finalize()
    }
}

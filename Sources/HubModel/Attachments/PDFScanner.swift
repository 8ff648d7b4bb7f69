import Foundation
import HubAnonymisation

/// Scans one PDF for identifiers with poppler: its metadata fields (`pdfinfo`: Title, Subject,
/// Keywords, Author, Creator, Producer) and its text (`pdftotext`), one page at a time, so that a
/// report of 500 pages takes no more memory than its longest page.
struct PDFScanner: Sendable {
    let scanner: IdentifierScanner

    /// The metadata fields a reader can see in a PDF viewer's document properties.
    static let metadataFields = ["Title", "Subject", "Keywords", "Author", "Creator", "Producer"]

    func scan(path: String) -> AttachmentScan {
        guard let info = PopplerTool("pdfinfo"), let text = PopplerTool("pdftotext") else {
            return AttachmentScan(findings: [], problem: "it cannot be scanned: poppler's pdfinfo and pdftotext are not installed "
                                  + "(Debian: apt-get install poppler-utils)")
        }
        var metadata = Data()
        let (status, error) = info.run(["-enc", "UTF-8", path]) { metadata.append($0) }
        guard status == 0 else { return AttachmentScan(findings: [], problem: Self.unreadable(error)) }
        let fields = Self.fields(String(decoding: metadata, as: UTF8.self))
        if let encrypted = fields["Encrypted"], encrypted.hasPrefix("yes") {
            return AttachmentScan(findings: [], problem: "it is encrypted, so its text cannot all be checked")
        }
        var findings = metadataFindings(fields)
        var pages = PageSplitter { number, page in
            for finding in scanner.scan(page) {
                findings.append(.init(kind: finding.kind, text: finding.matchedText, part: "page \(number)", order: number))
            }
        }
        let (textStatus, textError) = text.run(["-enc", "UTF-8", "-q", path, "-"]) { pages.add($0) }
        pages.finish()
        guard textStatus == 0 else { return AttachmentScan(findings: findings, problem: Self.unreadable(textError)) }
        return AttachmentScan(findings: findings, problem: nil)
    }

    /// The identifiers in the metadata fields; the Author is also read as a user name ("jane.smith").
    private func metadataFindings(_ fields: [String: String]) -> [AttachmentScan.Finding] {
        var findings: [AttachmentScan.Finding] = []
        for field in Self.metadataFields {
            guard let value = fields[field], !value.isEmpty else { continue }
            var found = scanner.scan(value)
            if field == "Author", found.isEmpty { found = scanner.scanName(value) }
            for finding in found {
                findings.append(.init(kind: finding.kind, text: finding.matchedText, part: "metadata field \(field)", order: 0))
            }
        }
        return findings
    }

    /// `Key: value` lines of `pdfinfo`.
    static func fields(_ output: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    private static func unreadable(_ error: String) -> String {
        let detail = error.split(separator: "\n").first.map { ": \($0)" } ?? ""
        if error.localizedCaseInsensitiveContains("password") { return "it is encrypted with a password, so it cannot be checked\(detail)" }
        return "it cannot be read as a PDF\(detail)"
    }
}

/// Cuts `pdftotext`'s output into pages at its form feeds, handing each to `page` as it is complete.
struct PageSplitter {
    private var pending = Data()
    private var number = 1
    private let page: (Int, String) -> Void

    init(_ page: @escaping (Int, String) -> Void) {
        self.page = page
    }

    mutating func add(_ chunk: Data) {
        pending.append(chunk)
        while let feed = pending.firstIndex(of: 0x0C) {
            page(number, String(decoding: pending[pending.startIndex..<feed], as: UTF8.self))
            number += 1
            pending = Data(pending[pending.index(after: feed)...])
        }
    }

    mutating func finish() {
        if pending.contains(where: { $0 > 0x20 }) { page(number, String(decoding: pending, as: UTF8.self)) }
        pending = Data()
    }
}

import Foundation
import HubCache
@testable import HubModel
import HubSupport
import HubSite
import HubTestSupport
import Testing

/// Every PDF a published document links is scanned (poppler's pdftotext and pdfinfo): its text page by
/// page, and its metadata. A PDF carrying a phone number, or whose Author is a person, fails the build
/// with an error located at the page or field; an unreadable or encrypted PDF is a located error.
@Suite struct PDFAttachmentTests {
    private static func build(pdf: MinimalPDF, extra: String = "", linkedFromBody: Bool = false) throws -> (FixtureHub, BuildReport) {
        var files = TestShire.standardFiles
        let body = linkedFromBody ? "## Findings\n\nRead [the chronology](../assets/report.pdf).\n" : "## Findings\n\nAgencies held pieces.\n"
        files["reviews/child-a.md"] = TestShire.review(extra: linkedFromBody ? extra : "report: assets/report.pdf\n" + extra, body: body)
        let hub = try FixtureHub.testShire(files)
        try hub.write("assets/report.pdf", pdf.data)
        return (hub, hub.build())
    }

    @Test func aPhoneNumberInAPDFIsAnErrorAtItsPage() throws {
        let pdf = MinimalPDF(pages: [["The review of Child A."], ["The duty team was called on", "0141 496 0018 that night."]])
        let (hub, report) = try Self.build(pdf: pdf)
        #expect(!report.succeeded)
        #expect(!hub.exists("index.html"))
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.location) == [SourceLocation(path: hub.path("assets/report.pdf"), part: "page 2", order: 2)])
        #expect(errors.first?.description.hasPrefix(hub.path("assets/report.pdf") + ": page 2: error: this looks like a phone number") == true)
        #expect(errors.first?.message.contains("\"0141 496 0018\"") == true)
    }

    @Test func aNameInThePDFsAuthorFieldIsAnError() throws {
        let pdf = MinimalPDF(pages: [["A clean report."]], info: ["Author": "Jane Smith", "Title": "Learning review"])
        let (hub, report) = try Self.build(pdf: pdf, linkedFromBody: true)
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }
        let expected: String = hub.path("assets/report.pdf")
            + ": metadata field Author: error: this looks like a person's name in a PDF this hub publishes, "
            + "which could identify someone: \"Jane Smith\""
        let lines: [String] = errors.map { String($0.description.split(separator: "\n")[0]) }
        #expect(lines == [expected])
    }

    @Test func aCleanPDFIsPublished() throws {
        let pdf = MinimalPDF(pages: [["The review found that agencies did not share information."]],
                             info: ["Title": "Learning review of Child A", "Author": "North Shire Child Protection Committee",
                                    "Creator": "Microsoft Word", "Producer": "macOS Quartz PDFContext"])
        let (hub, report) = try Self.build(pdf: pdf)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(hub.exists("assets/report.pdf"))
    }

    @Test func anAcknowledgementInTheLinkingDocumentCoversAPDFFinding() throws {
        let pdf = MinimalPDF(pages: [["Contact the Care Inspectorate on 0345 600 9527."]])
        let (_, report) = try Self.build(pdf: pdf, extra: "acknowledge:\n  - text: \"0345 600 9527\"\n    reason: the Care Inspectorate's public enquiry line")
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(!report.diagnostics.contains { $0.message.contains("matches nothing") })
    }

    @Test func anEncryptedPDFIsALocatedError() throws {
        let (hub, report) = try Self.build(pdf: MinimalPDF(pages: [["Secret."]], encrypted: true))
        #expect(!report.succeeded)
        let error = report.diagnostics.first { $0.severity == .error }
        #expect(error?.location.path == hub.path("assets/report.pdf"))
        #expect(error?.message.contains("encrypted") == true, "\(report.diagnostics)")
    }

    @Test func anUnreadablePDFIsALocatedErrorNotACrash() throws {
        var files = TestShire.standardFiles
        files["reviews/child-a.md"] = TestShire.review(extra: "report: assets/report.pdf")
        let hub = try FixtureHub.testShire(files)
        try hub.write("assets/report.pdf", Data("%PDF-1.4 this is not really a PDF".utf8))
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.severity == .error && $0.location.path == hub.path("assets/report.pdf")
            && $0.message.contains("cannot be read") }, "\(report.diagnostics)")
    }

    /// 500 pages are read one at a time: the finding on the last page is located there.
    @Test func aLongPDFIsScannedPageByPage() throws {
        var pages = (1...500).map { ["Page \($0) of the chronology: agencies met and shared what they knew."] }
        pages[499].append("The relative's mobile was 07700 900461.")
        let scan = PDFScanner(scanner: .init()).scan(path: try Self.file(MinimalPDF(pages: pages)))
        #expect(scan.problem == nil)
        #expect(scan.findings == [.init(kind: .phone, text: "07700 900461", part: "page 500", order: 500)])
    }

    /// The cache keeps a PDF's scan under its bytes: an unchanged PDF is not scanned again.
    @Test func anIncrementalBuildDoesNotScanAnUnchangedPDFAgain() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let memo = AttachmentScanStore(directory: cache.path, environment: Fingerprint.of("test"))
        var scans = 0
        let scanned = AttachmentScan(findings: [], problem: nil)
        let key = Fingerprint.of("a pdf")
        _ = memo.scan(key: key) { scans += 1; return scanned }
        _ = memo.scan(key: key) { scans += 1; return scanned }
        #expect(scans == 1)
        _ = memo.scan(key: Fingerprint.of("another pdf")) { scans += 1; return scanned }
        #expect(scans == 2)
    }

    @Test func aChangedPDFIsScannedAgainByACachedBuild() throws {
        var files = TestShire.standardFiles
        files["reviews/child-a.md"] = TestShire.review(extra: "report: assets/report.pdf")
        let hub = try FixtureHub.testShire(files)
        try hub.write("assets/report.pdf", MinimalPDF(pages: [["A clean report."]]).data)
        let options = { BuildOptions(contentDirectory: hub.content.path, themeDirectory: Repository.defaultTheme.path,
                                     outputDirectory: hub.output.path, load: LoadOptions(today: FixtureHub.today),
                                     cacheDirectory: hub.root.appendingPathComponent("cache").path) }
        #expect(SiteBuilder(options: options()).build().succeeded)
        #expect(SiteBuilder(options: options()).build().succeeded)
        try hub.write("assets/report.pdf", MinimalPDF(pages: [["Call 0141 496 0018."]]).data)
        let report = SiteBuilder(options: options()).build()
        #expect(report.diagnostics.contains { $0.location.part == "page 1" && $0.message.contains("0141 496 0018") })
    }

    private static func file(_ pdf: MinimalPDF) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).pdf")
        try pdf.data.write(to: url)
        return url.path
    }
}

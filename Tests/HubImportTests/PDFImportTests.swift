import Foundation
import HubImport
import HubModel
import HubSite
import HubTestSupport
import Testing

/// PDFs printed by Chromium in the test (a header with the date and title and a footer with the address
/// and "page/pages" on every page), imported into a real hub; the Markdown written is checked.
@Suite(.serialized)
struct PDFImportTests {
    /// Long paragraphs that run across lines and pages, some words with soft hyphens so that lines end in a broken word.
    static let paragraphs: [String] = (1...9).map { number in
        let words = (1...110).map { index in
            ["agencies", "information", "practitioners", "assessment", "family", "neglect", "school", "health"][(index * number) % 8]
        }
        return "Paragraph \(number) begins here and " + words.joined(separator: " ") + " and paragraph \(number) ends here."
    }

    static let html: String = {
        var page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Rapid review of Child P</title>"
        page += "<style>body { font: 12pt serif; } p { width: 30em; hyphens: manual; } h1 { font-size: 26pt; } h2 { font-size: 18pt; }</style></head><body>"
        page += "<h1>Rapid review of Child P</h1>"
        for (index, paragraph) in paragraphs.enumerated() {
            if index % 3 == 0 { page += "<h2>Part \(index / 3 + 1) of the findings</h2>" }
            page += "<p>" + paragraph.replacingOccurrences(of: "information", with: "infor&shy;ma&shy;tion")
                .replacingOccurrences(of: "practitioners", with: "prac&shy;ti&shy;tion&shy;ers") + "</p>"
        }
        page += "<ul><li>The first point of learning</li><li>The second point of learning</li></ul>"
        return page + "<p>Write to the reviewer at a.reviewer@example.org.</p></body></html>"
    }()

    /// The PDF, printed once for every test of the suite.
    static let printed: Result<String, any Error> = Result {
        let folder = try ScratchFolder.make("pdf-import")
        try CommandRunner.printToPDF(html: html, to: folder + "/report.pdf")
        return folder + "/report.pdf"
    }

    static func importer(_ hub: FixtureHub, as kind: DocumentKind = .review) throws -> DocumentImporter {
        var log = DiagnosticLog()
        return DocumentImporter(contentDirectory: hub.content.path, kind: kind,
                                config: try #require(HubFolder(path: hub.content.path).readConfig(log: &log)))
    }

    @Test func paragraphsAreWholeAndHeadersFootersAndPageNumbersAreGone() throws {
        let pdf = try Self.printed.get()
        let pages = try CommandRunner.run(WordFixture.need("pdfinfo"), [pdf]).output
        #expect(pages.contains("Pages:           3") || pages.contains("Pages:           4"), "\(pages)")
        let hub = try FixtureHub.testShire()
        let result = try Self.importer(hub).importFile(pdf)
        #expect(result.title == "Rapid review of Child P")
        let text = try String(contentsOfFile: result.documentPath, encoding: .utf8)
        let body = text.components(separatedBy: "\n---\n")[1]
        let lines = body.split(separator: "\n").map(String.init)
        // Every paragraph is one whole line: joined across line ends, page breaks and broken words.
        for paragraph in Self.paragraphs {
            #expect(lines.contains(paragraph), "not whole: \(paragraph.prefix(40))...\n\(body)")
        }
        for heading in ["## Part 1 of the findings", "## Part 2 of the findings", "## Part 3 of the findings"] {
            #expect(lines.contains(heading), "\(heading) missing")
        }
        #expect(!lines.contains { $0.contains("Rapid review of Child P") }, "the title (or the running header) is in the body")
        #expect(!body.contains("file://") && !body.contains("report.html"), "the running footer is in the body")
        #expect(!lines.contains { $0.range(of: #"^\d+/\d+$"#, options: .regularExpression) != nil }, "a page number is in the body")
        #expect(!lines.contains { $0.range(of: #"\d+/\d+/\d+"#, options: .regularExpression) != nil }, "the header's date is in the body")
        #expect(!body.contains("\u{AD}") && !body.contains("infor-") && !body.contains("\u{2010}"))
        // The PDF is the review's full report; the identifier check ran on the new file.
        #expect(result.assetPaths == [hub.path("assets/rapid-review-of-child-p-full-report.pdf")])
        #expect(FileManager.default.contents(atPath: result.assetPaths[0]) == FileManager.default.contents(atPath: pdf))
        #expect(text.contains("\nreport: \"assets/rapid-review-of-child-p-full-report.pdf\"\n"))
        #expect(result.diagnostics.contains { $0.message.contains("a.reviewer@example.org") && $0.location.path == result.documentPath })
        let check = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, load: LoadOptions())).check()
        #expect(!check.diagnostics.contains { $0.severity == .error }, "\(check.diagnostics)")
    }

    @Test func aBriefFromAPDFDoesNotKeepThePDF() throws {
        let hub = try FixtureHub.testShire()
        let result = try Self.importer(hub, as: .brief).importFile(try Self.printed.get())
        #expect(result.documentPath == hub.path("briefs/rapid-review-of-child-p.md"))
        #expect(result.assetPaths.isEmpty)
    }

    @Test func passwordProtectedCorruptAndImageOnlyPDFsAreRefusedAndNothingIsWritten() throws {
        let hub = try FixtureHub.testShire()
        let folder = hub.root.path
        let locked = folder + "/locked.pdf"
        try CommandRunner.run(WordFixture.need("qpdf"), ["--encrypt", "secret", "secret", "256", "--", try Self.printed.get(), locked])
        let corrupt = folder + "/corrupt.pdf"
        try Data("%PDF-1.4\n".utf8 + (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: URL(fileURLWithPath: corrupt))
        let scanned = folder + "/scanned.pdf"
        try CommandRunner.printToPDF(html: "<!doctype html><title>x</title><style>@page { margin: 0 }</style><body style=\"margin:0\">"
                                     + "<svg width=\"400\" height=\"300\"><rect width=\"400\" height=\"300\" fill=\"#345\"/></svg></body>",
                                     to: scanned, headerAndFooter: false)
        let importer = try Self.importer(hub)
        let cases = [(locked, "password-protected"), (corrupt, "cannot be read as a PDF"), (scanned, "no text")]
        for (file, reason) in cases {
            let error = #expect(throws: ImportError.self) { try importer.importFile(file) }
            #expect(error?.file == file && error?.message.contains(reason) == true, "\(String(describing: error))")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: hub.content.path + "/reviews") == ["child-a.md"])
        #expect(!FileManager.default.fileExists(atPath: hub.content.path + "/assets"))
    }
}

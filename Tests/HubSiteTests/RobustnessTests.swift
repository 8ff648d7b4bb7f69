import Foundation
import HubModel
import HubRendering
import HubSite
import Testing
import HubTestSupport

/// Hostile and extreme input: a clear located error or a correct page, never a crash or a hang.
@Suite struct RobustnessTests {
    @Test func brokenFilesAreAllReportedTogether() throws {
        var files = TestShire.standardFiles
        files["briefs/malformed-yaml.md"] = "---\ntitle: [unclosed\nsummary: x\n---\n\nBody\n"
        files["briefs/empty.md"] = ""
        files["briefs/deep-yaml.md"] = "---\ntitle: " + String(repeating: "[", count: 100_000) + "\n---\n"
        let hub = try FixtureHub.testShire(files)
        try hub.write("briefs/binary.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0xFF, 0x10]))
        try hub.write("briefs/latin1.md", Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8))
        let report = hub.build()
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }
        func error(in file: String) -> Diagnostic? { errors.first { $0.location.path.hasSuffix("briefs/\(file)") } }
        #expect(error(in: "malformed-yaml.md")?.message.hasPrefix("invalid YAML") == true)
        #expect(error(in: "empty.md")?.message == "the file is empty")
        #expect(error(in: "deep-yaml.md")?.message.contains("nested more than") == true)
        #expect(error(in: "deep-yaml.md")?.location.line == 2)
        #expect(error(in: "binary.md")?.message.contains("binary file") == true)
        let latin1 = try #require(error(in: "latin1.md"))
        #expect(latin1.message.contains("not valid UTF-8") && latin1.location.line == 2 && latin1.location.column == 11)
    }

    @Test func aFiftyMegabyteDocumentBuilds() throws {
        let paragraph = "Agencies held separate pieces of the picture and no one brought them together in time. "
        let body = (0..<1_000).map { "## Part \($0)\n\n" + String(repeating: paragraph, count: 580) + "\n" }.joined(separator: "\n")
        #expect(body.utf8.count > 50_000_000)
        var files = TestShire.standardFiles
        files["briefs/huge.md"] = TestShire.brief(title: "A very long brief", body: body)
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics.prefix(3))")
        let page = try #require(hub.page("briefs/huge/index.html"))
        #expect(page.contains(#"<h2 id="part-999">Part 999</h2>"#))
    }

    @Test func aHundredThousandListItemsRender() throws {
        let body = (1...100_000).map { "- item \($0)" }.joined(separator: "\n") + "\n"
        var files = TestShire.standardFiles
        files["briefs/list.md"] = TestShire.brief(title: "A long list", body: body)
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("briefs/list/index.html"))
        #expect(page.components(separatedBy: "<li>item ").count - 1 == 100_000)
        #expect(page.contains("<li>item 100000</li>"))
    }

    @Test func deeplyNestedQuotesListsAndEmphasisRender() throws {
        let quotes = String(repeating: ">", count: 20_000) + " deep quote\n"
        let lists = (0..<2_000).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n") + "\n"
        let emphasis = String(repeating: "*", count: 50_000) + "x" + String(repeating: "_", count: 50_000) + "\n"
        let brackets = String(repeating: "[", count: 50_000) + "a" + String(repeating: "](b.md)", count: 10) + "\n"
        var files = TestShire.standardFiles
        files["briefs/nested.md"] = TestShire.brief(title: "Nested", body: quotes + "\n" + lists + "\n" + emphasis + "\n" + brackets)
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        // Either a located error (the link to b.md does not exist) or a page; never a crash.
        #expect(report.diagnostics.allSatisfy { $0.location.line >= 1 })
        #expect(report.diagnostics.contains { $0.message.contains("broken link") })
    }

    @Test func aMegabyteOfAliasesDoesNotBecomeHundredsOfMegabytes() throws {
        // One 10 kB recommendation text, and 12,000 recommendations that alias it: 1 MB of source
        // that would render 120 MB of text on each page, feed and catalogue that lists them.
        let text = String(repeating: "Share the concern. ", count: 500)
        var items = ["  - {id: R0, text: &same \"\(text)\", target: committee, category: policy, status: in-progress}"]
        items += (1...12_000).map { "  - {id: R\($0), text: *same, target: committee, category: policy, status: in-progress}" }
        var files = TestShire.standardFiles
        files["reviews/child-a.md"] = TestShire.review().replacingOccurrences(
            of: "recommendations:\n", with: "recommendations:\n" + items.joined(separator: "\n") + "\n")
        #expect(files["reviews/child-a.md"]!.utf8.count < 1_200_000)
        let hub = try FixtureHub.testShire(files)
        let start = Date()
        let report = hub.build()
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(!report.succeeded)
        let error = report.diagnostics.first { $0.severity == .error }
        #expect(error?.location.path.hasSuffix("reviews/child-a.md") == true)
        #expect(error?.message.contains("aliases (*name) expand it to more than 1 MB") == true, "\(report.diagnostics.prefix(3))")
        #expect(!FileManager.default.fileExists(atPath: hub.output.path))
    }

    @Test func unsafeLinkSchemesAreErrorsAndNeverReachThePage() throws {
        var files = TestShire.standardFiles
        files["briefs/links.md"] = TestShire.brief(title: "Links", body: """
            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](data:text/html;base64,PHNjcmlwdD4=)
            ![d](data:image/png;base64,iVBORw0KGgo=) [e](vbscript:msgbox) [f](file:///etc/passwd) [g](&#106;avascript:x)
            """)
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        let unsafe = report.diagnostics.filter { $0.message.hasPrefix("unsafe link") }
        #expect(unsafe.count == 7, "\(unsafe)")
        #expect(unsafe.allSatisfy { $0.location.path.hasSuffix("briefs/links.md") && $0.location.line >= 12 })
        #expect(!report.succeeded)
    }

    @Test func anAssetLinkOutsideTheAssetsFolderIsNotPublished() throws {
        var files = TestShire.standardFiles
        files["reviews/child-a.md"] = TestShire.review(body: "See the [report](../assets/report.pdf).\n")
        let hub = try FixtureHub.testShire(files)
        let secret = hub.root.appendingPathComponent("secret.pdf")
        try Data("%PDF secret".utf8).write(to: secret)
        try FileManager.default.createDirectory(at: hub.content.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: hub.content.appendingPathComponent("assets/report.pdf"), withDestinationURL: secret)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("outside assets/") })
        #expect(!hub.exists("assets/report.pdf"))
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "assets/../hub.yaml", "assets/a b.pdf", "assets/.hidden.pdf"])
    func reportPathsThatCouldEscapeAreErrors(path: String) throws {
        var files = TestShire.standardFiles
        files["reviews/child-a.md"] = TestShire.review(extra: "report: \"\(path)\"")
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("must be a file under assets/") && $0.location.line > 1 })
    }

    @Test(arguments: ["../escape", "a/b", "with space", "dot.dot", "%2e%2e", "ünïcode"])
    func slugsThatCouldEscapeAreErrors(slug: String) throws {
        var files = TestShire.standardFiles
        files["briefs/slugged.md"] = TestShire.brief(extra: "slug: \"\(slug)\"")
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("slug") && $0.location.path.hasSuffix("briefs/slugged.md") })
    }
}

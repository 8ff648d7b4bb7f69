import Foundation
import HubModel
@testable import HubSite
import Testing
import HubTestSupport

/// Hubs that must fail: every problem is reported, located, and the previous output survives byte for byte.
@Suite struct FailedBuildTests {
    @Test func aFailedBuildReportsEveryErrorAndLeavesThePreviousOutputIntact() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let before = hub.snapshot()
        #expect(before.count > 20)

        try hub.write("reviews/child-a.md", TestShire.review(themes: ["neglet"]))
        try hub.write("briefs/child-a-brief.md", TestShire.brief(body: "See [missing](../reviews/nowhere.md).\n"))
        try hub.write("briefings/child-a-briefing.md", TestShire.briefing(sections: ["Background", "Why it matters"]))
        let report = hub.build()
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        let content = hub.content.path
        #expect(errors.contains { $0.hasPrefix("\(content)/reviews/child-a.md:6:") && $0.contains("unknown learning theme 'neglet'") && $0.contains("did you mean 'neglect'?") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(content)/briefs/child-a-brief.md:12:15: error: broken link") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(content)/briefings/child-a-briefing.md:") && $0.contains("exactly seven") }, "\(errors)")
        #expect(errors.count == 3, "no cascade of errors about the review that failed: \(errors)")
        #expect(hub.snapshot() == before)
        // No staging folders are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: hub.root.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test func aReviewNotAttestedAnonymisedFailsTheBuild() throws {
        var files = TestShire.standardFiles
        files["reviews/child-b.md"] = TestShire.review(title: "Child B").replacingOccurrences(of: "anonymised: true", with: "anonymised: false")
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.location.path.hasSuffix("reviews/child-b.md") && $0.message.contains("not attested as anonymised") })
        #expect(!hub.exists("index.html"))
    }

    @Test func aBrokenTemplateIsReportedWithItsLocation() throws {
        let hub = try FixtureHub.testShire()
        let theme = try hub.copyDefaultTheme()
        try hub.write("templates/page.mustache", "{{<layout}}{{$main}}\n<h1>{{#header}}</h1>\n{{/main}}{{/layout}}\n", under: hub.theme)
        let report = hub.build(theme: theme)
        #expect(!report.succeeded)
        let diagnostic = report.diagnostics.first { $0.location.path.hasSuffix("templates/page.mustache") }
        #expect(diagnostic?.message.contains("template") == true)
        // The section opened on line 2 is closed wrongly on line 3, counted in the file as written.
        #expect(diagnostic?.location.line == 3, "\(String(describing: diagnostic))")
    }

    @Test func aFolderTheGeneratorDidNotWriteIsNeverReplaced() throws {
        let hub = try FixtureHub.testShire()
        try FileManager.default.createDirectory(at: hub.output, withIntermediateDirectories: true)
        try "precious".write(to: hub.output.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("did not write") })
        #expect(hub.page("notes.txt") == "precious")
    }

    @Test func aBuildThatFailsMidwayLeavesThePreviousSiteIntact() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let before = hub.snapshot()
        try hub.write("briefs/child-a-brief.md", TestShire.brief(title: "A changed title"))
        var builder = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, themeDirectory: Repository.defaultTheme.path,
                                                        outputDirectory: hub.output.path, load: LoadOptions(today: FixtureHub.today)))
        // Pages are written first; fail when the theme's files are copied, after most of the site exists.
        builder.beforeWrite = { path in
            if path.hasPrefix("static/") { throw CocoaError(.fileWriteNoPermission) }
        }
        let report = builder.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("could not be written") })
        #expect(hub.snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: hub.root.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let hub = try FixtureHub.testShire()
        try "not a folder".write(to: hub.output, atomically: true, encoding: .utf8)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("is a file") })
        #expect((try? String(contentsOf: hub.output, encoding: .utf8)) == "not a folder")
    }
}

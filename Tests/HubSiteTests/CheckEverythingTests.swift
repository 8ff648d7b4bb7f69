import Foundation
import HubModel
import HubSite
import HubTestSupport
import Testing

/// `check` and `build` report every problem of the hub in one run: a document whose front matter has
/// errors still has its links, structure and identifiers checked, and drafts are checked too.
struct CheckEverythingTests {
    static func check(_ hub: FixtureHub) -> (diagnostics: [Diagnostic], draftCount: Int, published: Int?) {
        let result = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path,
                                                       load: LoadOptions(today: FixtureHub.today))).check()
        return (result.diagnostics, result.draftCount, result.hub?.documents.count)
    }

    static func errors(_ diagnostics: [Diagnostic], in path: String) -> [String] {
        diagnostics.filter { $0.severity == .error && $0.location.path.hasSuffix(path) }
            .map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test func frontMatterErrorsDoNotHideTheLinksAndIdentifiersOfTheSameDocument() throws {
        var files = TestShire.standardFiles
        files["briefs/broken.md"] = TestShire.brief(title: "Broken", published: "2024-13-01", themes: ["neglet"],
                                                    body: "## What happened\n\nSee [the plan](../reviews/no-such-review.md) or write to jo.bloggs@example.com.\n")
        let (diagnostics, _, published) = Self.check(try FixtureHub.testShire(files))
        let errors = Self.errors(diagnostics, in: "briefs/broken.md")
        #expect(errors.contains { $0.contains("not a valid date") })
        #expect(errors.contains { $0.contains("unknown learning theme 'neglet'") })
        #expect(errors.contains { $0.hasPrefix("14:16 broken link: there is no document 'reviews/no-such-review.md'") }, "\(errors)")
        #expect(errors.contains { $0.contains("email address") && $0.contains("jo.bloggs@example.com") }, "\(errors)")
        #expect(published == nil)
    }

    @Test func invalidYAMLStillHasItsBodyChecked() throws {
        var files = TestShire.standardFiles
        files["briefings/bad-yaml.md"] = "---\ntitle: [unclosed\ndraft: true\n---\n\n## Background\n\n[x](../briefs/missing.md)\n"
        let (diagnostics, _, _) = Self.check(try FixtureHub.testShire(files))
        let errors = Self.errors(diagnostics, in: "briefings/bad-yaml.md")
        #expect(errors.contains { $0.contains("invalid YAML") })
        #expect(errors.contains { $0.hasPrefix("8:5 broken link: there is no document 'briefs/missing.md'") }, "\(errors)")
        #expect(errors.contains { $0.contains("exactly seven '##' sections; this one has 1") }, "\(errors)")
    }

    @Test func draftsAreCheckedCountedAndMayStillHoldIdentifiers() throws {
        var files = TestShire.standardFiles
        files["briefs/draft.md"] = TestShire.brief(title: "A draft", extra: "draft: true",
                                                   body: "## What happened\n\nSee [x](../reviews/gone.md). Call 07700 900123.\n")
        files["briefs/other-draft.md"] = TestShire.brief(title: "Another draft", extra: "draft: true",
                                                         body: "## What happened\n\nSee [the first draft](draft.md).\n")
        let (diagnostics, drafts, _) = Self.check(try FixtureHub.testShire(files))
        #expect(drafts == 2)
        #expect(Self.errors(diagnostics, in: "briefs/draft.md") == ["14:9 broken link: there is no document 'reviews/gone.md'"])
        // A draft may link to another draft, and may still hold what the author is yet to anonymise.
        #expect(Self.errors(diagnostics, in: "briefs/other-draft.md").isEmpty)
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("07700 900123") })
    }

    @Test func anEmbargoedDocumentIsCheckedBeforeItsDay() throws {
        var files = TestShire.standardFiles
        files["briefs/later.md"] = TestShire.brief(title: "Later", extra: "publish_after: 2099-01-01",
                                                   body: "## What happened\n\nSee [x](../reviews/gone.md).\n")
        let (diagnostics, drafts, published) = Self.check(try FixtureHub.testShire(files))
        #expect(drafts == 0)
        #expect(Self.errors(diagnostics, in: "briefs/later.md") == ["14:9 broken link: there is no document 'reviews/gone.md'"])
        #expect(published == nil)
    }

    @Test func aCleanHubStillPassesAndItsDraftIsCounted() throws {
        var files = TestShire.standardFiles
        files["briefs/draft.md"] = TestShire.brief(title: "A draft", extra: "draft: true")
        let (diagnostics, drafts, published) = Self.check(try FixtureHub.testShire(files))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        #expect(drafts == 1)
        #expect(published == 5)
    }

    /// A build reports a draft's problems too, but as warnings: a draft being written does not stop the
    /// rest of the hub being published; `check` counts them as errors.
    @Test func aBrokenDraftDoesNotStopTheBuild() throws {
        var files = TestShire.standardFiles
        files["briefs/draft.md"] = TestShire.brief(title: "A draft", extra: "draft: true",
                                                   body: "## What happened\n\nSee [x](../reviews/gone.md).\n")
        let hub = try FixtureHub.testShire(files)
        let report = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, outputDirectory: hub.output.path,
                                                       load: LoadOptions(today: FixtureHub.today))).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("reviews/gone.md") })
        #expect(!FileManager.default.fileExists(atPath: hub.output.appendingPathComponent("briefs/draft/index.html").path))
        #expect(Self.errors(Self.check(hub).diagnostics, in: "briefs/draft.md").count == 1)
    }
}

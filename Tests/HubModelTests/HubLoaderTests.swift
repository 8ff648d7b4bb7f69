import Foundation
import Testing
@testable import HubModel
import HubTestSupport

/// Whole-hub checks on small hubs written to a temporary folder, loaded with a fixed "today" (2025-06-01).
@Suite("HubLoader")
struct HubLoaderTests {
    // MARK: A clean hub

    @Test func cleanHubLoadsWithoutDiagnostics() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(body: "See the [brief](../briefs/child-a-brief.md).\n"),
            "briefs/child-a-brief.md": FixtureDocument.brief(extra: ["review: child-a"], body: "From [the review](/reviews/child-a.md).\n"),
            "briefings/child-a-briefing.md": FixtureDocument.briefing(),
            "pages/about.md": FixtureDocument.page(),
        ])
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        let model = try #require(result.hub)
        #expect(model.documents.map(\.sourcePath) == [
            "briefings/child-a-briefing.md", "briefs/child-a-brief.md", "reviews/child-a.md", "pages/about.md",
        ])
        #expect(model.today == testToday)
        #expect(model.config.title == "Test Hub")
        let review = try #require(model.documents.first { $0.kind == .review })
        #expect(review.displayPath == hub.path("reviews/child-a.md"))
        #expect(try review.content.html() == "<p>See the <a href=\"../../briefs/child-a-brief/\">brief</a>.</p>\n")
        let brief = try #require(model.documents.first { $0.kind == .brief })
        #expect(try brief.content.html() == "<p>From <a href=\"../../reviews/child-a/\">the review</a>.</p>\n")
        #expect(brief.content.links.map(\.destination) == ["/reviews/child-a.md"])
    }

    @Test func contentFolderThatDoesNotExistIsAnError() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-hub-\(UUID().uuidString)").path
        let result = HubLoader(contentDirectory: missing, options: LoadOptions(today: testToday)).load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: missing, line: 1, column: 1),
                                                  "the content folder does not exist",
                                                  hint: "run from the folder that holds 'content/', or pass --content DIR")])
    }

    @Test func missingHubYAMLIsAnError() throws {
        let hub = try FixtureHub(hubYAML: nil, files: ["pages/about.md": FixtureDocument.page()])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("hub.yaml"), line: 1, column: 1),
                                                  "hub.yaml is missing",
                                                  hint: "create hub.yaml with the hub's title, base_url, themes and committees")])
    }

    @Test func emptyHubLoads() throws {
        let hub = try FixtureHub()
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.hub).documents.isEmpty)
    }

    // MARK: Briefings

    @Test func briefingWithSixSectionsIsAnError() throws {
        let hub = try FixtureHub(files: ["briefings/short.md": FixtureDocument.briefing(sections: 6)])
        let result = hub.load()
        #expect(result.hub == nil)
        // The body starts on line 8: the error points there.
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("briefings/short.md"), line: 8, column: 1),
                                                  "a seven-minute briefing has exactly seven '##' sections; this one has 6",
                                                  hint: "the usual sections are: Background, Why it matters, Information, What it means for practice, Questions to consider, What to do, Further information")])
    }

    @Test func briefingWithEightSectionsIsAnErrorAtTheEighth() throws {
        let hub = try FixtureHub(files: ["briefings/long.md": FixtureDocument.briefing(sections: 8)])
        let result = hub.load()
        #expect(result.hub == nil)
        // Section headings are on lines 10, 14, ..., the eighth ("## Extra") on line 38.
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: hub.path("briefings/long.md"), line: 38, column: 1)])
        #expect(result.diagnostics.map(\.message) == ["a seven-minute briefing has exactly seven '##' sections; this one has 8"])
    }

    @Test func level3HeadingsDoNotCountAsSections() throws {
        var text = FixtureDocument.briefing()
        text += "\n### A sub-heading\n\nMore.\n"
        let hub = try FixtureHub(files: ["briefings/b.md": text])
        #expect(hub.load().diagnostics.isEmpty)
    }

    @Test func briefingOverSevenMinutesIsAWarning() throws {
        // 2 intro words + 18 heading words + 7 x 200 words = 1420 words.
        let hub = try FixtureHub(files: ["briefings/wordy.md": FixtureDocument.briefing(wordsPerSection: 200)])
        let result = hub.load()
        #expect(result.diagnostics == [Diagnostic(.warning, at: SourceLocation(path: hub.path("briefings/wordy.md"), line: 8, column: 1),
                                                  "this briefing has 1420 words: over seven minutes to read aloud",
                                                  hint: "keep a seven-minute briefing under about 1400 words so it fits the time and one printed page")])
        // A warning does not stop the build.
        let briefing = try #require(result.hub?.documents.first)
        #expect(briefing.content.wordCount == 1420)
        #expect(briefing.readingMinutes == 8)
    }

    @Test func briefingUnderTheLimitHasNoWarning() throws {
        // 2 + 18 + 7 x 197 = 1399 words.
        let hub = try FixtureHub(files: ["briefings/ok.md": FixtureDocument.briefing(wordsPerSection: 197)])
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.hub?.documents.first?.content.wordCount == 1399)
        #expect(result.hub?.documents.first?.readingMinutes == 7)
    }

    @Test func levelOneHeadingInABodyIsAWarning() throws {
        let hub = try FixtureHub(files: ["briefs/b.md": FixtureDocument.brief(body: "Intro.\n\n# Big heading\n\nText.\n")])
        let result = hub.load()
        #expect(result.hub != nil)
        // Body line 3 of a body starting on line 8.
        #expect(result.diagnostics == [Diagnostic(.warning, at: SourceLocation(path: hub.path("briefs/b.md"), line: 10, column: 1),
                                                  "level-1 heading 'Big heading' in the body; the title is the page's only top heading",
                                                  hint: "use '##' for sections")])
    }

    // MARK: Links

    @Test func brokenLinkIsReportedAtItsLineAndColumnInTheFile() throws {
        let body = """
        Intro.

        See [the brief](../briefs/missing.md) for more.

        """
        let hub = try FixtureHub(files: ["reviews/child-a.md": FixtureDocument.review(body: body)])
        let result = hub.load()
        #expect(result.hub == nil)
        // Front matter is lines 1-9, so body line 3 is file line 12; the destination starts in column 17.
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("reviews/child-a.md"), line: 12, column: 17),
                                                  "broken link: there is no document 'briefs/missing.md'",
                                                  hint: "check the file name and folder (reviews/, briefs/, briefings/, pages/)")])
        #expect(result.errors.first?.description.hasPrefix(hub.path("reviews/child-a.md") + ":12:17: error: broken link") == true)
    }

    @Test func brokenLinkLocationSurvivesCRLFAndBOM() throws {
        let text = "\u{FEFF}" + FixtureDocument.review(body: "Intro.\n\nSee [the brief](../briefs/missing.md) for more.\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let hub = try FixtureHub(files: ["reviews/child-a.md": text])
        let result = hub.load()
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: hub.path("reviews/child-a.md"), line: 12, column: 17)])
    }

    @Test func brokenLinkSuggestsACloseFileName() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(),
            "briefs/b.md": FixtureDocument.brief(body: "[Review](../reviews/child-b.md)\n"),
        ])
        let result = hub.load()
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("briefs/b.md"), line: 8, column: 10),
                                                  "broken link: there is no document 'reviews/child-b.md'",
                                                  hint: "did you mean 'reviews/child-a.md'?")])
    }

    @Test func linkToADraftIsAnErrorUnlessDraftsAreShown() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(body: "Read [the brief](../briefs/draft-brief.md).\n"),
            "briefs/draft-brief.md": FixtureDocument.brief(extra: ["draft: true"]),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("reviews/child-a.md"), line: 10, column: 18),
                                                  "link to 'briefs/draft-brief.md', which is not published (it is a draft)",
                                                  hint: "remove the link, or publish that document first")])

        let preview = hub.load(includeDrafts: true)
        #expect(preview.diagnostics.isEmpty)
        let review = try #require(preview.hub?.documents.first { $0.kind == .review })
        #expect(try review.content.html() == "<p>Read <a href=\"../../briefs/draft-brief/\">the brief</a>.</p>\n")
    }

    @Test func linkToAnEmbargoedDocumentIsAnError() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(extra: ["publish_after: 2025-09-01"]),
            "pages/about.md": FixtureDocument.page(body: "Our latest: [Child A](../reviews/child-a.md)\n"),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        // The page's front matter is lines 1-3.
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("pages/about.md"), line: 4, column: 23),
                                                  "link to 'reviews/child-a.md', which is not published (it is embargoed until 2025-09-01)",
                                                  hint: "remove the link, or publish that document first")])
        // Even a preview does not publish embargoed documents.
        #expect(hub.load(includeDrafts: true).hub == nil)
    }

    @Test func linkEscapingTheHubIsAnError() throws {
        let hub = try FixtureHub(files: ["briefs/b.md": FixtureDocument.brief(body: "Text.\n\n[Secret](../../x.md)\n")])
        let result = hub.load()
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("briefs/b.md"), line: 10, column: 10),
                                                  "link '../../x.md' points outside the hub folder",
                                                  hint: "link to another document by its path, e.g. ../reviews/child-a.md")])
    }

    @Test func missingAssetIsAnError() throws {
        let hub = try FixtureHub(files: ["briefs/b.md": FixtureDocument.brief(body: "![Chart](../assets/chart.png)\n")])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("briefs/b.md"), line: 8, column: 10),
                                                  "broken link: there is no file 'assets/chart.png'",
                                                  hint: "add the file under assets/ or correct the path")])
    }

    @Test func usedAssetsAreListedAndLinksRewritten() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(extra: ["report: assets/reports/child-a.pdf"],
                                                         body: "![Chart](../assets/chart.png)\n"),
            "pages/about.md": FixtureDocument.page(body: "[Chart](/assets/chart.png)\n"),
            "assets/unused.pdf": "not even a PDF, but not linked",
        ], binaryFiles: [
            // A PNG's signature, header and end: the assets a document links to are checked for what they are.
            "assets/chart.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
                + Array(repeating: 1, count: 17) + [0, 0, 0, 0] + Array("IEND".utf8) + [0, 0, 0, 0],
        ])
        try hub.write("assets/reports/child-a.pdf", MinimalPDF(pages: [["The full report of the review."]]).data)
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        let model = try #require(result.hub)
        #expect(model.assets == ["assets/chart.png", "assets/reports/child-a.pdf"])
        #expect(try model.documents.first { $0.kind == .review }?.content.html()
            == "<p><img src=\"../../assets/chart.png\" alt=\"Chart\" /></p>\n")
        #expect(try model.documents.first { $0.kind == .page }?.content.html() == "<p><a href=\"../assets/chart.png\">Chart</a></p>\n")
    }

    @Test func missingReportIsAnError() throws {
        let hub = try FixtureHub(files: ["reviews/child-a.md": FixtureDocument.review(extra: ["report: assets/child-a.pdf"])])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.path == hub.path("reviews/child-a.md"))
        #expect(diagnostic.message == "the report 'assets/child-a.pdf' does not exist")
        #expect(diagnostic.hint == "add the PDF under assets/ or correct the path")
    }

    @Test func externalLinksAreNotChecked() throws {
        let hub = try FixtureHub(files: ["briefs/b.md": FixtureDocument.brief(body: "[Panel](https://example.org/panel.md) and [guidance](ftp://example.org/guidance)\n")])
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.hub?.documents.first?.content.links.count == 2)
    }

    @Test func linksToAFileThatFailedToParseAreNotReportedAgain() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(published: "2023-02-30"),
            "briefs/b.md": FixtureDocument.brief(extra: ["review: child-a"], body: "[Review](../reviews/child-a.md)\n"),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        // Only the real problem is reported, not a broken link or an unknown review as well.
        #expect(result.diagnostics.map(\.message) == ["'published' is not a valid date: '2023-02-30'"])
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: hub.path("reviews/child-a.md"), line: 4, column: 12)])
    }

    // MARK: Slugs

    @Test func twoFilesWithTheSameSlugAreAnError() throws {
        let hub = try FixtureHub(files: [
            "reviews/a.md": FixtureDocument.review(title: "Review A", extra: ["slug: child-a"]),
            "reviews/b.md": FixtureDocument.review(title: "Review B", extra: ["slug: child-a"]),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        // Reported at b.md's 'slug: child-a' (line 9, value in column 7).
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("reviews/b.md"), line: 9, column: 7),
                                                  "duplicate slug 'child-a': \(hub.path("reviews/a.md")) already uses the URL reviews/child-a/",
                                                  hint: "rename one of the files or give it a different 'slug' in its front matter")])
    }

    @Test func slugOverrideCollidingWithAFileNameIsAnError() throws {
        let hub = try FixtureHub(files: [
            "briefs/child-a.md": FixtureDocument.brief(),
            "briefs/other.md": FixtureDocument.brief(extra: ["slug: child-a"]),
        ])
        let result = hub.load()
        #expect(result.errors.map(\.message) == ["duplicate slug 'child-a': \(hub.path("briefs/child-a.md")) already uses the URL briefs/child-a/"])
        #expect(result.errors.map(\.location.path) == [hub.path("briefs/other.md")])
    }

    @Test func sameSlugInDifferentFoldersIsFine() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(),
            "briefs/child-a.md": FixtureDocument.brief(),
            "briefings/child-a.md": FixtureDocument.briefing(),
            "pages/child-a.md": FixtureDocument.page(),
        ])
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        #expect(Set(try #require(result.hub).documents.map(\.sitePath))
            == ["reviews/child-a/", "briefs/child-a/", "briefings/child-a/", "child-a/"])
    }

    @Test func draftDoesNotCollideUnlessShown() throws {
        let hub = try FixtureHub(files: [
            "briefs/a.md": FixtureDocument.brief(extra: ["slug: same"]),
            "briefs/b.md": FixtureDocument.brief(extra: ["slug: same", "draft: true"]),
        ])
        #expect(hub.load().diagnostics.isEmpty)
        #expect(hub.load(includeDrafts: true).errors.map(\.location.path) == [hub.path("briefs/b.md")])
    }

    @Test(arguments: ["themes", "search", "reviews", "index", "assets", "years"])
    func pageMayNotTakeAReservedSlug(slug: String) throws {
        let hub = try FixtureHub(files: ["pages/\(slug).md": FixtureDocument.page()])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("pages/\(slug).md"), line: 1, column: 1),
                                                  "the page slug '\(slug)' is used by the site itself",
                                                  hint: "rename the page or set another 'slug' in its front matter")])
    }

    @Test func reservedSlugOverrideOnAPageIsAnError() throws {
        let hub = try FixtureHub(files: ["pages/find.md": FixtureDocument.page(extra: ["slug: Search"])])
        #expect(hub.load().errors.map(\.message) == ["the page slug 'Search' is used by the site itself"])
    }

    @Test func reservedWordsAreFineOutsidePages() throws {
        let hub = try FixtureHub(files: ["briefs/themes.md": FixtureDocument.brief()])
        #expect(hub.load().diagnostics.isEmpty)
    }

    // MARK: Attestation

    @Test func reviewAttestedFalseIsAnErrorAndNotPublished() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review().replacingOccurrences(of: "anonymised: true", with: "anonymised: false"),
            "pages/about.md": FixtureDocument.page(body: "[A](../reviews/child-a.md)\n"),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        let attestation = result.diagnostics(containing: "not attested as anonymised")
        #expect(attestation.count == 1)
        #expect(attestation.first?.severity == .error)
        #expect(attestation.first?.location.path == hub.path("reviews/child-a.md"))
        #expect(attestation.first?.message == "'Learning review of Child A' is not attested as anonymised, so it cannot be published")
        #expect(attestation.first?.hint?.contains("set 'anonymised: true'") == true)
        // It is held back: links to it are broken.
        #expect(result.diagnostics(containing: "which is not published (it is not attested anonymised)").map(\.location)
            == [SourceLocation(path: hub.path("pages/about.md"), line: 4, column: 5)])
        // Not even a preview shows it.
        #expect(hub.load(includeDrafts: true).hub == nil)
    }

    @Test func briefingWithoutAttestationIsAnError() throws {
        let hub = try FixtureHub(files: [
            "briefings/b.md": FixtureDocument.briefing().replacingOccurrences(of: "anonymised: true\n", with: ""),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("briefings/b.md"), line: 1, column: 1),
                                                  "missing required field 'anonymised'",
                                                  hint: "once the text has been checked for anything that could identify the people it is about, their families or workers, add 'anonymised: true'")])
    }

    @Test func draftNeedNotBeAttestedYet() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(extra: ["draft: true"]).replacingOccurrences(of: "anonymised: true", with: "anonymised: false"),
        ])
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.hub).documents.isEmpty)
    }

    // MARK: The review a brief comes from

    @Test func briefNamingAnUnknownReviewIsAnError() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a-learning-review.md": FixtureDocument.review(),
            "briefs/b.md": FixtureDocument.brief(extra: ["review: child-a-learning-reveiw"]),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        let diagnostic = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(diagnostic.location.path == hub.path("briefs/b.md"))
        #expect(diagnostic.message == "'review: child-a-learning-reveiw' names no review")
        #expect(diagnostic.hint == "did you mean 'child-a-learning-review'?")
    }

    @Test func briefNamingADraftReviewIsAnError() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(extra: ["draft: true"]),
            "briefings/b.md": FixtureDocument.briefing(extra: ["review: child-a"]),
        ])
        let result = hub.load()
        #expect(result.errors.map(\.message) == ["'review: child-a' names a review that is not published (it is a draft)"])
        #expect(result.errors.first?.hint == "publish the review first, or remove it from the 'review' field")
        #expect(hub.load(includeDrafts: true).diagnostics.isEmpty)
    }

    @Test func reviewIsNamedByItsSlugOverride() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(extra: ["slug: child-a-review"]),
            "briefs/b.md": FixtureDocument.brief(extra: ["review: child-a-review"]),
        ])
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        let model = try #require(result.hub)
        #expect(model.sourceReviews.count == 1)
    }

    // MARK: Warnings

    @Test func unknownFrontMatterFieldIsAWarning() throws {
        let hub = try FixtureHub(files: ["reviews/child-a.md": FixtureDocument.review(extra: ["sumary: typo"])])
        let result = hub.load()
        #expect(result.hub != nil)
        #expect(result.diagnostics == [Diagnostic(.warning, at: SourceLocation(path: hub.path("reviews/child-a.md"), line: 9, column: 1),
                                                  "unknown front matter field 'sumary' is ignored", hint: "did you mean 'summary'?")])
        #expect(result.warnings.count == 1)
        #expect(result.errors.isEmpty)
    }

    @Test func otherFilesInDocumentFoldersAreWarnedAbout() throws {
        let hub = try FixtureHub(files: ["reviews/child-a.md": FixtureDocument.review(), "reviews/notes.txt": "notes", "reviews/.hidden": "x"])
        let result = hub.load()
        #expect(result.hub != nil)
        #expect(result.diagnostics == [Diagnostic(.warning, at: SourceLocation(path: hub.path("reviews/notes.txt"), line: 1, column: 1),
                                                  "'notes.txt' is not a Markdown file and is ignored",
                                                  hint: "documents end in .md; put PDFs and images under assets/")])
    }

    // MARK: Text encoding

    @Test func invalidUTF8IsAnErrorAtItsLineAndColumn() throws {
        let hub = try FixtureHub(binaryFiles: [
            "briefs/latin1.md": Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("briefs/latin1.md"), line: 2, column: 11),
                                                  "the file is not valid UTF-8 text", hint: "save the file as UTF-8 in your editor")])
    }

    @Test func binaryFileIsAnErrorAtItsFirstNulByte() throws {
        let hub = try FixtureHub(binaryFiles: ["reviews/scan.md": Array("%PDF-1.4\n".utf8) + [0x25, 0x00, 0xFF, 0x10]])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [Diagnostic(.error, at: SourceLocation(path: hub.path("reviews/scan.md"), line: 2, column: 2),
                                                  "this is a binary file, not Markdown text",
                                                  hint: "put PDFs and images under assets/ and link to them from a document")])
    }

    @Test func emptyFileIsAnError() throws {
        let hub = try FixtureHub(files: ["pages/empty.md": ""])
        let result = hub.load()
        #expect(result.diagnostics.map(\.message) == ["the file is empty"])
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: hub.path("pages/empty.md"), line: 1, column: 1)])
    }

    // MARK: Everything at once

    @Test func everyBrokenFileIsReportedInOneLoad() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(),
            // 1: no title.
            "reviews/no-title.md": FixtureDocument.review().replacingOccurrences(of: "title: Learning review of Child A\n", with: ""),
            // 2: a misspelt theme.
            "briefs/bad-theme.md": FixtureDocument.brief(themes: ["neglet"]),
            // 3: a broken link.
            "pages/about.md": FixtureDocument.page(body: "[Gone](../reviews/gone.md)\n"),
            // and a warning.
            "briefings/b.md": FixtureDocument.briefing(extra: ["colour: red"]),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.errors.count == 3)
        #expect(result.diagnostics.map { "\($0.location) \($0.severity.rawValue): \($0.message)" } == [
            "\(hub.path("briefings/b.md")):7:1 warning: unknown front matter field 'colour' is ignored",
            "\(hub.path("briefs/bad-theme.md")):5:10 error: unknown learning theme 'neglet'",
            "\(hub.path("pages/about.md")):4:8 error: broken link: there is no document 'reviews/gone.md'",
            "\(hub.path("reviews/no-title.md")):1:1 error: missing required field 'title'",
        ])
    }

    @Test func hubYAMLProblemsAndDocumentProblemsAreReportedTogether() throws {
        let yaml = HubYAML.testHub.text
            .replacingOccurrences(of: "  - id: transitions", with: "  - id: Trans itions")
            + "colour: red\n"
        let hub = try FixtureHub(hubYAML: yaml, files: ["briefs/b.md": FixtureDocument.brief(themes: ["neglet"])])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics.map(\.message) == [
            "unknown learning theme 'neglet'",
            "theme id 'Trans itions' may contain only lower-case letters, digits and '-'",
            "unknown hub.yaml field 'colour' is ignored",
        ])
        #expect(result.diagnostics.map(\.location.line) == [5, 12, 22])
    }

    @Test func loadingIsRepeatable() throws {
        let hub = try FixtureHub(files: (1...40).reduce(into: [String: String]()) { files, number in
            files["briefs/brief-\(number).md"] = FixtureDocument.brief(title: "Brief \(number)", body: "[Next](brief-\(number % 40 + 1).md)\n")
        })
        let first = hub.load()
        #expect(first.diagnostics.isEmpty)
        let second = hub.load()
        #expect(first.hub?.documents.map(\.sourcePath) == second.hub?.documents.map(\.sourcePath))
        #expect(first.hub?.documents.map(\.content) == second.hub?.documents.map(\.content))
        #expect(first.hub?.documents.count == 40)
    }
}

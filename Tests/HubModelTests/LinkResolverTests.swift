import HubMarkdown
import Testing
@testable import HubModel
import HubTestSupport

@Suite("LinkResolver")
struct LinkResolverTests {
    let resolver = LinkResolver(
        targets: [
            "reviews/child-a.md": .init(sitePath: "reviews/child-a-learning-review/", state: .published, included: true),
            "briefs/child-a-brief.md": .init(sitePath: "briefs/child-a-brief/", state: .withdrawn, included: true),
            "briefs/draft.md": .init(sitePath: "briefs/draft/", state: .draft, included: false),
            "briefings/later.md": .init(sitePath: "briefings/later/", state: .embargoed(until: CalendarDate(year: 2025, month: 9, day: 1)!), included: false),
            "reviews/secret.md": .init(sitePath: "reviews/secret/", state: .notAttested, included: false),
            "pages/about.md": .init(sitePath: "about/", state: .published, included: true),
        ],
        assetFiles: ["assets/child-a.pdf", "assets/images/chart.png"])

    /// A brief whose body starts on file line 8.
    let brief: DocumentMetadata = {
        var log = DiagnosticLog()
        return DocumentParser(config: testConfig).parse(FixtureDocument.brief(), kind: .brief, sourcePath: "briefs/b.md",
                                                        displayPath: "content/briefs/b.md", log: &log)!.metadata
    }()

    func resolve(_ destination: String, line: Int = 2, column: Int = 7, in document: DocumentMetadata? = nil)
        -> (String?, DiagnosticLog, Set<String>) {
        var log = DiagnosticLog()
        var assets: Set<String> = []
        let link = MarkdownLink(destination: destination, line: line, column: column, isImage: false)
        let result = resolver.resolve(link, in: document ?? brief, log: &log, assetsUsed: &assets)
        return (result, log, assets)
    }

    // MARK: Rewriting

    @Test(arguments: [
        ("../reviews/child-a.md", "../../reviews/child-a-learning-review/"),
        ("/reviews/child-a.md", "../../reviews/child-a-learning-review/"),
        ("./child-a-brief.md", "../../briefs/child-a-brief/"),
        ("child-a-brief.md", "../../briefs/child-a-brief/"),
        ("../reviews/child-a.md#recommendations", "../../reviews/child-a-learning-review/#recommendations"),
        ("../reviews/child-a.md?x=1", "../../reviews/child-a-learning-review/?x=1"),
        ("../reviews/./../reviews/child-a.md", "../../reviews/child-a-learning-review/"),
        ("../pages/about.md", "../../about/"),
        ("..//reviews//child-a.md", "../../reviews/child-a-learning-review/"),
    ])
    func rewritesDocumentLinks(destination: String, href: String) {
        let (result, log, _) = resolve(destination)
        #expect(result == href)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func rewritesRelativeToAPage() throws {
        var log = DiagnosticLog()
        let page = try #require(DocumentParser(config: testConfig).parse(FixtureDocument.page(), kind: .page, sourcePath: "pages/about.md",
                                                                         displayPath: "content/pages/about.md", log: &log)?.metadata)
        let (result, _, _) = resolve("../reviews/child-a.md", in: page)
        #expect(result == "../reviews/child-a-learning-review/")
    }

    @Test func rewritesAssetLinksAndRecordsThem() {
        let (result, log, assets) = resolve("../assets/images/chart.png")
        #expect(result == "../../assets/images/chart.png")
        #expect(log.diagnostics.isEmpty)
        #expect(assets == ["assets/images/chart.png"])
    }

    @Test func percentEncodedPathsAreDecoded() {
        let (result, log, assets) = resolve("../assets/child%2Da.pdf#page=3")
        #expect(result == "../../assets/child-a.pdf#page=3")
        #expect(log.diagnostics.isEmpty)
        #expect(assets == ["assets/child-a.pdf"])
    }

    @Test func linkToAWithdrawnDocumentIsFine() {
        let (result, log, _) = resolve("child-a-brief.md")
        #expect(result == "../../briefs/child-a-brief/")
        #expect(log.diagnostics.isEmpty)
    }

    @Test(arguments: ["https://example.org/x.md", "mailto:someone@example.org", "#background", "//cdn.example.org/x.md", "", "tel:+441234"])
    func externalAndInPageLinksAreLeftAlone(destination: String) {
        let (result, log, assets) = resolve(destination)
        #expect(result == nil)
        #expect(log.diagnostics.isEmpty)
        #expect(assets.isEmpty)
    }

    // MARK: Problems

    @Test func missingDocumentIsAnErrorAtTheFileLine() {
        let (result, log, _) = resolve("../reviews/child-b.md", line: 3, column: 12)
        #expect(result == "")
        // Body line 3 of a document whose body starts on line 8 is file line 10.
        #expect(log.diagnostics == [Diagnostic(.error, at: SourceLocation(path: "content/briefs/b.md", line: 10, column: 12),
                                               "broken link: there is no document 'reviews/child-b.md'",
                                               hint: "did you mean 'reviews/child-a.md'?")])
    }

    @Test func missingDocumentFarFromAnyGetsAGeneralHint() {
        let (_, log, _) = resolve("../elsewhere/nothing-like-it.md")
        #expect(log.diagnostics.first?.hint == "check the file name and folder (reviews/, briefs/, briefings/, pages/)")
    }

    @Test func linkToADraftIsAnError() {
        let (result, log, _) = resolve("draft.md")
        #expect(result == "")
        #expect(log.diagnostics == [Diagnostic(.error, at: SourceLocation(path: "content/briefs/b.md", line: 9, column: 7),
                                               "link to 'briefs/draft.md', which is not published (it is a draft)",
                                               hint: "remove the link, or publish that document first")])
    }

    @Test func linkToAnEmbargoedDocumentIsAnError() {
        let (_, log, _) = resolve("../briefings/later.md")
        #expect(log.diagnostics.map(\.message) == ["link to 'briefings/later.md', which is not published (it is embargoed until 2025-09-01)"])
    }

    @Test func linkToAnUnattestedDocumentIsAnError() {
        let (_, log, _) = resolve("../reviews/secret.md")
        #expect(log.diagnostics.map(\.message) == ["link to 'reviews/secret.md', which is not published (it is not attested anonymised)"])
    }

    @Test(arguments: ["../../x.md", "../../../etc/passwd", "/../reviews/child-a.md"])
    func linkEscapingTheHubIsAnError(destination: String) {
        let (result, log, _) = resolve(destination)
        #expect(result == "")
        #expect(log.diagnostics == [Diagnostic(.error, at: SourceLocation(path: "content/briefs/b.md", line: 9, column: 7),
                                               "link '\(destination)' points outside the hub folder",
                                               hint: "link to another document by its path, e.g. ../reviews/child-a.md")])
    }

    @Test func missingAssetIsAnError() {
        let (result, log, assets) = resolve("../assets/missing.pdf")
        #expect(result == "")
        #expect(assets.isEmpty)
        #expect(log.diagnostics == [Diagnostic(.error, at: SourceLocation(path: "content/briefs/b.md", line: 9, column: 7),
                                               "broken link: there is no file 'assets/missing.pdf'",
                                               hint: "add the file under assets/ or correct the path")])
    }

    @Test func assetWithUnsafeCharactersIsAnError() {
        let (result, log, _) = resolve("../assets/my%20report.pdf")
        #expect(result == "")
        #expect(log.diagnostics.map(\.message) == ["asset path 'assets/my report.pdf' has characters that are not allowed"])
    }

    @Test func otherLocalFilesAreAWarningAndKept() {
        let (result, log, _) = resolve("../notes.txt")
        #expect(result == nil)
        #expect(log.diagnostics == [Diagnostic(.warning, at: SourceLocation(path: "content/briefs/b.md", line: 9, column: 7),
                                               "link '../notes.txt' is neither a hub document nor an asset, and will not be checked",
                                               hint: "link to documents by their .md path and to files under assets/")])
    }

    // MARK: Helpers

    @Test(arguments: [
        ("x.md", "briefs/b.md", "briefs/x.md"),
        ("../reviews/a.md", "briefs/b.md", "reviews/a.md"),
        ("/reviews/a.md", "briefs/b.md", "reviews/a.md"),
        ("./a/./b/../c.md", "briefs/b.md", "briefs/a/c.md"),
        ("../../a.md", "briefs/b.md", nil),
        ("..", "briefs/b.md", nil),
    ] as [(String, String, String?)])
    func normalisesPaths(path: String, source: String, expected: String?) {
        #expect(LinkResolver.normalise(path, relativeTo: source) == expected)
    }

    @Test(arguments: [
        ("https://example.org", true), ("mailto:a@b", true), ("svn+ssh://x", true), ("x-y.z:1", true),
        ("reviews/a.md", false), ("a.md#x:y", false), ("1http://x", false), (":x", false), ("a b:c", false),
        ("HTTPS://x", true), ("é:x", false), ("ré:x", false), ("a_b:c", false),
    ])
    func recognisesSchemes(destination: String, hasScheme: Bool) {
        #expect(LinkResolver.hasScheme(destination) == hasScheme)
    }

    @Test(arguments: [
        ("a.md", "a.md", ""), ("a%20b.md#x", "a b.md", "#x"), ("a.md?x=1#y", "a.md", "?x=1#y"),
        ("naïve%C3%A9.md#é", "naïveé.md", "#é"), ("#top", "", "#top"), ("100%.md", "100%.md", ""),
    ])
    func cutsTheSuffixAndDecodesThePath(destination: String, path: String, suffix: String) {
        let cut = LinkResolver.cutSuffix(destination)
        #expect(cut.path == path && cut.suffix == suffix)
    }

    @Test(arguments: [("reviews/child-a/", "../../"), ("about/", "../"), ("", "")])
    func rootPrefixClimbsOutOfThePage(sitePath: String, prefix: String) {
        #expect(LinkPaths.rootPrefix(of: sitePath) == prefix)
    }

    @Test func describesPublicationStates() {
        #expect(LinkResolver.describe(.draft) == "it is a draft")
        #expect(LinkResolver.describe(.embargoed(until: CalendarDate(year: 2026, month: 1, day: 2)!)) == "it is embargoed until 2026-01-02")
        #expect(LinkResolver.describe(.notAttested) == "it is not attested anonymised")
        #expect(LinkResolver.describe(.published) == "it is published")
        #expect(LinkResolver.describe(.withdrawn) == "it is published")
    }
}

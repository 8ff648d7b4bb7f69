import Foundation
import HubModel
import HubSite
import Testing
import HubTestSupport

/// `learning-hub new`: the scaffold of each kind parses, and once the author has filled it in,
/// the real checker accepts it.
@Suite struct DocumentScaffoldTests {
    static let date = CalendarDate(year: 2025, month: 5, day: 20)!

    static var config: HubConfig {
        var log = DiagnosticLog()
        return HubConfigParser.parse(HubYAML.testShire.text, path: "hub.yaml", log: &log)!
    }

    static func parse(_ scaffold: DocumentScaffold) -> (DocumentMetadata?, [Diagnostic]) {
        var log = DiagnosticLog()
        let document = DocumentParser(config: config).parse(scaffold.text, kind: scaffold.kind, sourcePath: scaffold.relativePath,
                                                            displayPath: "content/" + scaffold.relativePath, log: &log)
        return (document?.metadata, log.sorted)
    }

    /// What an author does before publishing: replaces the placeholders, attests, removes `draft`.
    static func filledIn(_ text: String) -> String {
        var text = text.replacingOccurrences(of: DocumentScaffold.summaryPlaceholder, with: "What practitioners can learn about neglect.")
            .replacingOccurrences(of: ScaffoldGuidance.recommendation, with: "Agencies review how they share concerns about neglect.")
            .replacingOccurrences(of: "anonymised: false", with: "anonymised: true")
            .replacingOccurrences(of: "draft: true\n", with: "")
        for (number, guidance) in ScaffoldGuidance.bodyParagraphs.enumerated() {
            text = text.replacingOccurrences(of: guidance, with: "The author's own paragraph number \(number + 1).")
        }
        return text
    }

    @Test func slugsComeFromTitles() {
        #expect(DocumentScaffold.slug(for: "Seven-minute briefing: Child A") == "seven-minute-briefing-child-a")
        #expect(DocumentScaffold.slug(for: "Child A's review") == "child-as-review")
        #expect(DocumentScaffold.slug(for: "  Café – Ünïcode   test!! 2024 ") == "cafe-unicode-test-2024")
        #expect(DocumentScaffold.slug(for: "../../etc/passwd") == "etc-passwd")
        #expect(DocumentScaffold.slug(for: "!!!").isEmpty)
        let long = DocumentScaffold.slug(for: String(repeating: "neglect and ", count: 20))
        #expect(long.count <= 80 && !long.hasSuffix("-") && Slug.isValid(long))
    }

    /// A title that names someone does not put the name in the page's address: the file gets a neutral name.
    @Test(arguments: ["Learning review for Jayden Smith", "Child B at St Mary's Primary School", "Review: born 3 March 2015"])
    func aTitleWithAFindingGetsANeutralSlug(title: String) {
        let scaffold = DocumentScaffold(kind: .review, title: title, date: Self.date, config: Self.config)
        #expect(!scaffold.titleFindings.isEmpty)
        #expect(scaffold.slug == "review-\(Self.date)")
        #expect(scaffold.relativePath == "reviews/review-\(Self.date).md")
        #expect(scaffold.neutralSlug(number: 2) == "review-\(Self.date)-2")
        #expect(scaffold.text.contains("title: \"\(title)\""), "the title is kept for the author to change")
    }

    @Test func anAnonymisedTitleKeepsItsSlug() {
        let scaffold = DocumentScaffold(kind: .brief, title: "Learning brief: Child B and neglect", date: Self.date, config: Self.config)
        #expect(scaffold.titleFindings.isEmpty)
        #expect(scaffold.slug == "learning-brief-child-b-and-neglect")
    }

    @Test(arguments: [DocumentKind.review, .brief, .briefing, .page])
    func everyKindParsesAsADraft(kind: DocumentKind) throws {
        let scaffold = DocumentScaffold(kind: kind, title: "Child \"A\" \\ learning", date: Self.date, config: Self.config)
        #expect(scaffold.relativePath == "\(kind.folder)/child-a-learning.md")
        let (parsed, diagnostics) = Self.parse(scaffold)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let document = try #require(parsed)
        #expect(document.title == "Child \"A\" \\ learning")
        #expect(document.isDraft)
        #expect(!document.isAttestedAnonymised)
        #expect(document.publicationState(on: Self.date) == .draft)
        if kind.carriesLearning {
            #expect(document.published == Self.date)
            #expect(document.learningThemeIDs == ["neglect"])
            #expect(document.summary == DocumentScaffold.summaryPlaceholder)
        }
        if kind == .review {
            #expect(document.committeeID == "test-cpc")
            #expect(document.review?.reviewType == .learningReview)
            #expect(document.review?.recommendations.count == 1)
        }
        // Every field line has a comment above it saying what to write.
        let frontMatter = scaffold.text.components(separatedBy: "---")[1].split(separator: "\n").map(String.init)
        for (index, line) in frontMatter.enumerated() where !line.hasPrefix("#") && !line.hasPrefix(" ") && index > 0 {
            #expect(frontMatter[index - 1].hasPrefix("#"), "no comment above '\(line)'")
        }
    }

    @Test func aBriefingHasTheSevenSectionsEachWithGuidance() {
        let text = DocumentScaffold(kind: .briefing, title: "Seven-minute briefing: Child A", date: Self.date, config: Self.config).text
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == ["Background", "Why it matters", "Information", "What it means for practice",
                             "Questions to consider", "What to do", "Further information"])
        let body = text.components(separatedBy: "\n---\n")[1]
        for section in body.components(separatedBy: "## ").dropFirst() {
            let lines = section.split(separator: "\n", omittingEmptySubsequences: true)
            #expect(lines.count == 2, "one line of guidance under '\(lines.first ?? "")'")
        }
    }

    @Test func withoutAHubConfigurationTheScaffoldStillParses() throws {
        let scaffold = DocumentScaffold(kind: .briefing, title: "Briefing", date: Self.date, config: nil)
        #expect(scaffold.text.contains("themes:\n  - neglect"))
        #expect(Self.parse(scaffold).1.isEmpty)
    }

    @Test(arguments: [DocumentKind.review, .brief, .briefing, .page])
    func filledInItPassesTheChecker(kind: DocumentKind) throws {
        let scaffold = DocumentScaffold(kind: kind, title: "New \(kind.rawValue) on neglect", date: Self.date, config: Self.config)
        var files = TestShire.standardFiles
        // As written: a draft, which a hub may hold without any error.
        files[scaffold.relativePath] = scaffold.text
        let draftHub = try FixtureHub.testShire(files)
        let asDraft = SiteBuilder(options: BuildOptions(contentDirectory: draftHub.content.path, themeDirectory: Repository.defaultTheme.path,
                                                        load: LoadOptions(today: FixtureHub.today))).check()
        #expect(!asDraft.diagnostics.contains { $0.severity == .error }, "\(asDraft.diagnostics)")
        #expect(asDraft.hub?.documents.contains { $0.sourcePath == scaffold.relativePath } == false)

        // Filled in and attested: published, with no error from the real checks.
        files[scaffold.relativePath] = Self.filledIn(scaffold.text)
        let hub = try FixtureHub.testShire(files)
        let result = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, themeDirectory: Repository.defaultTheme.path,
                                                       load: LoadOptions(today: FixtureHub.today))).check()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let document = try #require(result.hub?.documents.first { $0.sourcePath == scaffold.relativePath })
        #expect(document.publicationState(on: FixtureHub.today) == .published)
        if kind == .briefing {
            #expect(document.content.headings.filter { $0.level == 2 }.count == 7)
        }
    }

    @Test(arguments: [DocumentKind.review, .brief, .briefing, .page])
    func guidanceLeftInAPublishedDocumentIsAnErrorAtEachPlace(kind: DocumentKind) throws {
        let scaffold = DocumentScaffold(kind: kind, title: "Guidance left in", date: Self.date, config: Self.config)
        var files = TestShire.standardFiles
        // Attested and no longer a draft, but the guidance is still there.
        let text = scaffold.text.replacingOccurrences(of: "draft: true\n", with: "")
            .replacingOccurrences(of: "anonymised: false", with: "anonymised: true")
        files[scaffold.relativePath] = text
        let hub = try FixtureHub.testShire(files)
        let result = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, load: LoadOptions(today: FixtureHub.today))).check()
        let guidance = result.diagnostics.filter { $0.severity == .error && $0.message.contains("paragraph is still the guidance") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = lines.indices.filter { index in ScaffoldGuidance.bodyParagraphs.contains { lines[index].hasPrefix($0) } }
        #expect(guidance.map(\.location.line).sorted() == expectedLines.map { $0 + 1 })
        #expect(guidance.allSatisfy { $0.location.path == hub.path(scaffold.relativePath) && $0.location.column == 1 })
        if kind.carriesLearning {
            #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("summary is still the guidance") })
        }
        if kind == .review {
            #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("recommendation's text is still the example") })
        }
        #expect(result.hub == nil)
    }

    @Test func publishingWithoutAttestingIsStillAnError() throws {
        let scaffold = DocumentScaffold(kind: .briefing, title: "Not yet checked", date: Self.date, config: Self.config)
        var files = TestShire.standardFiles
        files[scaffold.relativePath] = scaffold.text.replacingOccurrences(of: "draft: true\n", with: "")
        let hub = try FixtureHub.testShire(files)
        let result = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, themeDirectory: Repository.defaultTheme.path,
                                                       load: LoadOptions(today: FixtureHub.today))).check()
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("not attested as anonymised") })
    }

    // MARK: - The command

    static var executable: URL? { BuiltCommand.executable }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try BuiltCommand.run(arguments)
    }

    @Test(.enabled(if: executable != nil, "the learning-hub executable is not built"), .timeLimit(.minutes(1)))
    func theCommandWritesOnceAndRefusesToOverwrite() throws {
        let hub = try FixtureHub.testShire()
        let path = hub.content.appendingPathComponent("briefings/seven-minute-briefing-neglect.md").path
        let first = try Self.run(["new", "briefing", "Seven-minute briefing: neglect", "--content", hub.content.path])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Wrote \(path)"))
        #expect(first.output.contains("anonymised: true"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("draft: true"))

        try Data("my own words\n".utf8).write(to: URL(fileURLWithPath: path))
        let second = try Self.run(["new", "briefing", "Seven-minute briefing: neglect", "--content", hub.content.path])
        #expect(second.status == 1)
        #expect(second.errors.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my own words\n")

        let noTitle = try Self.run(["new", "brief", "???", "--content", hub.content.path])
        #expect(noTitle.status != 0)
        let noKind = try Self.run(["new", "report", "A title", "--content", hub.content.path])
        #expect(noKind.status != 0)
    }
}

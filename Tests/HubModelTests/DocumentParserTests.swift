import Testing
@testable import HubModel
import HubTestSupport

/// Parse-level checks of one document's front matter: one test per kind of diagnostic.
@Suite("DocumentParser")
struct DocumentParserTests {
    static let path = "content/reviews/child-a.md"
    let parser = DocumentParser(config: testConfig)

    func parse(_ text: String, kind: DocumentKind = .review, sourcePath: String = "reviews/child-a.md")
        -> (ParsedFixture?, DiagnosticLog) {
        var log = DiagnosticLog()
        let document = parser.parse(text, kind: kind, sourcePath: sourcePath, displayPath: "content/" + sourcePath, log: &log)
        return (document.map(ParsedFixture.init), log)
    }

    func location(_ line: Int, _ column: Int, path: String = DocumentParserTests.path) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    // MARK: Well-formed documents

    @Test func parsesACompleteReview() throws {
        let text = """
        ---
        title: Learning review of Child A
        summary: A four-year-old experienced long-standing neglect.
        published: 2023-06-14
        updated: 2024-01-02
        committee: north-shire-cpc
        themes:
          - neglect
          - information-sharing
        review_type: learning-review
        age_band: 3-4
        outcome: serious-harm
        methodology: Systems-based learning review
        report: assets/child-a-report.pdf
        anonymised: true
        audience: [practitioners, managers]
        retain_until: 2030-12-31
        recommendations:
          - id: R1
            text: Introduce one neglect tool.
            target: multi-agency
            category: practice-model
            status: in-progress
            owner: North Shire CPC
            due: 2024-03-31
          - id: R2
            text: Audit supervision.
            target: single-agency
            category: audit
            status: complete
        ---
        ## Background

        Text.

        """
        let (parsed, log) = parse(text)
        #expect(log.diagnostics.isEmpty)
        let document = try #require(parsed)
        #expect(document.kind == .review)
        #expect(document.sourcePath == "reviews/child-a.md")
        #expect(document.displayPath == "content/reviews/child-a.md")
        #expect(document.slug == "child-a")
        #expect(document.sitePath == "reviews/child-a/")
        #expect(document.title == "Learning review of Child A")
        #expect(document.summary == "A four-year-old experienced long-standing neglect.")
        #expect(document.published == CalendarDate(year: 2023, month: 6, day: 14))
        #expect(document.updated == CalendarDate(year: 2024, month: 1, day: 2))
        #expect(document.retainUntil == CalendarDate(year: 2030, month: 12, day: 31))
        #expect(document.publishAfter == nil)
        #expect(document.learningThemeIDs == ["neglect", "information-sharing"])
        #expect(document.committeeID == "north-shire-cpc")
        #expect(document.audience == ["practitioners", "managers"])
        #expect(document.isDraft == false)
        #expect(document.isAttestedAnonymised)
        #expect(document.year == 2023)
        #expect(document.body == "## Background\n\nText.\n")
        #expect(document.bodyFirstLine == 32)
        let review = try #require(document.review)
        #expect(review.reviewType == .learningReview)
        #expect(review.ageBand == .threeToFour)
        #expect(review.outcome == .seriousHarm)
        #expect(review.methodology == "Systems-based learning review")
        #expect(review.reportAsset == "assets/child-a-report.pdf")
        #expect(review.recommendations == [
            Recommendation(id: "R1", text: "Introduce one neglect tool.", target: .multiAgency, category: .practiceModel,
                           status: .inProgress, owner: "North Shire CPC", due: CalendarDate(year: 2024, month: 3, day: 31)),
            Recommendation(id: "R2", text: "Audit supervision.", target: .singleAgency, category: .audit,
                           status: .complete, owner: nil, due: nil),
        ])
        #expect(document.publicationState(on: testToday) == .published)
    }

    @Test func parsesABriefWithItsSourceReview() throws {
        let (parsed, log) = parse(FixtureDocument.brief(extra: ["review: child-a"]), kind: .brief, sourcePath: "briefs/child-a-brief.md")
        #expect(log.diagnostics.isEmpty)
        let document = try #require(parsed)
        #expect(document.kind == .brief)
        #expect(document.sourceReviewSlugs == ["child-a"])
        #expect(document.review == nil)
        #expect(document.sitePath == "briefs/child-a-brief/")
    }

    @Test func pageNeedsOnlyATitle() throws {
        let (parsed, log) = parse("---\ntitle: About this hub\n---\nHello.\n", kind: .page, sourcePath: "pages/about.md")
        #expect(log.diagnostics.isEmpty)
        let document = try #require(parsed)
        #expect(document.summary == "")
        #expect(document.published == nil)
        #expect(document.learningThemeIDs.isEmpty)
        #expect(document.isAttestedAnonymised == false)
        #expect(document.sitePath == "about/")
        // Pages carry no learning, so they need no attestation.
        #expect(document.publicationState(on: testToday) == .published)
    }

    @Test func singleThemeMayBeWrittenWithoutAList() throws {
        let (parsed, log) = parse(FixtureDocument.brief(themes: []).replacingOccurrences(of: "themes: []", with: "themes: transitions"),
                                  kind: .brief, sourcePath: "briefs/b.md")
        #expect(log.diagnostics.isEmpty)
        #expect(try #require(parsed).learningThemeIDs == ["transitions"])
    }

    @Test func slugOverrideReplacesTheFileName() throws {
        let (parsed, log) = parse(FixtureDocument.review(extra: ["slug: child-a-learning-review"]))
        #expect(log.diagnostics.isEmpty)
        let document = try #require(parsed)
        #expect(document.slug == "child-a-learning-review")
        #expect(document.sitePath == "reviews/child-a-learning-review/")
    }

    @Test func yesAndNoAreNotBooleans() throws {
        // YAML 1.1 read them as booleans, YAML 1.2 as text: an attestation must not depend on which.
        let (parsed, log) = parse(FixtureDocument.review().replacingOccurrences(of: "anonymised: true", with: "anonymised: yes\ndraft: no"))
        #expect(parsed == nil)
        #expect(Set(log.diagnostics.map(\.message)) == ["'anonymised' must be the YAML boolean true or false, not 'yes'",
                                                        "'draft' must be the YAML boolean true or false, not 'no'"])
    }

    // MARK: Missing required fields

    @Test(arguments: [
        ("title", "missing required field 'title'", "add a line 'title: ...' to the front matter"),
        ("summary", "missing required field 'summary'", "add a line 'summary: ...' to the front matter"),
        ("published", "missing required field 'published'", "add a line 'published: ...' to the front matter"),
        ("committee", "missing required field 'committee'", "add a line 'committee: ...' to the front matter"),
        ("review_type", "missing required field 'review_type'", "add a line 'review_type: ...' to the front matter"),
        ("themes", "at least one learning theme is required in 'themes'", "known themes: neglect, information-sharing, transitions"),
        ("anonymised", "missing required field 'anonymised'",
         "once the text has been checked for anything that could identify the people it is about, their families or workers, add 'anonymised: true'"),
    ])
    func missingRequiredReviewField(field: String, message: String, hint: String) {
        let text = FixtureDocument.review().split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix(field + ":") }.joined(separator: "\n")
        let (document, log) = parse(text)
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(1, 1), message, hint: hint)])
    }

    @Test func emptyThemesListIsReportedAtTheField() {
        let (document, log) = parse(FixtureDocument.review(themes: []))
        #expect(document == nil)
        // Front matter line 5 is "themes: []"; the value starts in column 9.
        #expect(log.diagnostics == [Diagnostic(.error, at: location(5, 9), "at least one learning theme is required in 'themes'",
                                               hint: "known themes: neglect, information-sharing, transitions")])
    }

    @Test func emptyQuotedTitleIsReportedAtTheValue() {
        let (document, log) = parse(FixtureDocument.review(title: "''"))
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(2, 8), "'title' is empty")])
    }

    @Test func briefDoesNotNeedACommitteeOrReviewType() {
        let (document, log) = parse(FixtureDocument.brief(), kind: .brief, sourcePath: "briefs/b.md")
        #expect(document != nil)
        #expect(log.diagnostics.isEmpty)
    }

    // MARK: Unknown vocabulary

    @Test func unknownThemeSuggestsTheNearestID() {
        let text = """
        ---
        title: Learning review of Child A
        summary: Summary.
        published: 2023-06-14
        committee: north-shire-cpc
        review_type: scr
        anonymised: true
        themes:
          - information-sharing
          - neglet
        ---
        Body.
        """
        let (document, log) = parse(text)
        #expect(document == nil)
        #expect(log.diagnostics.count == 1)
        let diagnostic = log.diagnostics[0]
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == location(10, 5))
        #expect(diagnostic.message == "unknown learning theme 'neglet'")
        #expect(diagnostic.hint == "did you mean 'neglect'? Themes are declared in hub.yaml.")
        #expect(diagnostic.description == """
        content/reviews/child-a.md:10:5: error: unknown learning theme 'neglet'
            hint: did you mean 'neglect'? Themes are declared in hub.yaml.
        """)
    }

    @Test func unknownThemeFarFromAnyIDListsTheKnownOnes() {
        let (_, log) = parse(FixtureDocument.review(themes: ["neglect", "housing"]))
        // "themes: [neglect, housing]": the second item starts in column 19 of line 5.
        #expect(log.diagnostics == [Diagnostic(.error, at: location(5, 19), "unknown learning theme 'housing'",
                                               hint: "known themes: neglect, information-sharing, transitions Themes are declared in hub.yaml.")])
    }

    @Test func themeListedTwiceIsAWarning() throws {
        let (document, log) = parse(FixtureDocument.review(themes: ["neglect", "neglect"]))
        #expect(try #require(document).learningThemeIDs == ["neglect"])
        #expect(log.diagnostics == [Diagnostic(.warning, at: location(5, 19), "learning theme 'neglect' is listed twice")])
    }

    @Test func unknownCommitteeSuggestsTheNearestID() {
        let (document, log) = parse(FixtureDocument.review(committee: "northshire-cpc"))
        #expect(document == nil)
        // "committee: northshire-cpc" is front matter line 6; the value starts in column 12.
        #expect(log.diagnostics == [Diagnostic(.error, at: location(6, 12), "unknown committee 'northshire-cpc'",
                                               hint: "did you mean 'north-shire-cpc'? Committees are declared in hub.yaml.")])
    }

    @Test func partOfACommitteeIDIsAlsoSuggested() {
        let (_, log) = parse(FixtureDocument.review(committee: "riverside"))
        #expect(log.diagnostics.first?.hint == "did you mean 'riverside-ppc'? Committees are declared in hub.yaml.")
    }

    // MARK: Dates

    @Test func impossibleDateIsAnError() {
        let (document, log) = parse(FixtureDocument.review(published: "2023-02-30"))
        #expect(document == nil)
        // "published: 2023-02-30" is line 4; the value starts in column 12.
        #expect(log.diagnostics == [Diagnostic(.error, at: location(4, 12), "'published' is not a valid date: '2023-02-30'",
                                               hint: "write dates as YYYY-MM-DD, e.g. 2024-03-05, and check the day exists")])
    }

    @Test func wordyDateIsAnError() {
        let (document, log) = parse(FixtureDocument.review(published: "March 2023"))
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(4, 12), "'published' is not a valid date: 'March 2023'",
                                               hint: "write dates as YYYY-MM-DD, e.g. 2024-03-05, and check the day exists")])
    }

    @Test(arguments: ["updated", "publish_after", "retain_until"])
    func optionalDatesAreChecked(field: String) {
        let (document, log) = parse(FixtureDocument.review(extra: ["\(field): 2023-13-01"]))
        #expect(document == nil)
        // The extra line is line 9; its value starts after "<field>: ".
        #expect(log.diagnostics == [Diagnostic(.error, at: location(9, field.count + 3), "'\(field)' is not a valid date: '2023-13-01'",
                                               hint: "write dates as YYYY-MM-DD, e.g. 2024-03-05, and check the day exists")])
    }

    @Test func recommendationDueDateIsChecked() {
        let (document, log) = parse(FixtureDocument.review(extra: [
            "recommendations:",
            "  - id: R1",
            "    text: Do it.",
            "    target: committee",
            "    category: training",
            "    status: not-started",
            "    due: 2024-02-29x",
        ]))
        #expect(document == nil)
        #expect(log.hasErrors)
        #expect(log.diagnostics.map(\.location) == [location(15, 10)])
        #expect(log.diagnostics.map(\.message) == ["'due' is not a valid date: '2024-02-29x'"])
    }

    // MARK: Enumerations

    @Test func badReviewTypeSuggestsAValue() {
        let (document, log) = parse(FixtureDocument.review(reviewType: "learning review"))
        #expect(document == nil)
        // "review_type: learning review" is line 7; the value starts in column 14.
        #expect(log.diagnostics == [Diagnostic(.error, at: location(7, 14), "'learning review' is not a valid review_type",
                                               hint: "did you mean 'learning-review'? one of: learning-review, scr, icr, cspr, sir, sar, dhr, thematic, rapid-review, serious-case-review, cpr, apr, susr, cmr, mappa-scr, national-overview")])
    }

    @Test func badRecommendationStatusSuggestsAValue() throws {
        let (document, log) = parse(FixtureDocument.review(extra: [
            "recommendations:",
            "  - id: R1",
            "    text: Do it.",
            "    target: committee",
            "    category: training",
            "    status: in progress",
        ]))
        #expect(log.diagnostics == [Diagnostic(.error, at: location(14, 13), "'in progress' is not a valid status",
                                               hint: "did you mean 'in-progress'? one of: not-started, in-progress, complete")])
        #expect(document == nil)
    }

    @Test func badRecommendationTargetAndCategoryAreBothReported() {
        let (_, log) = parse(FixtureDocument.review(extra: [
            "recommendations:",
            "  - id: R1",
            "    text: Do it.",
            "    target: multiagency",
            "    category: trainning",
            "    status: complete",
        ]))
        #expect(log.diagnostics.map(\.message) == ["'multiagency' is not a valid target", "'trainning' is not a valid category"])
        #expect(log.diagnostics.map(\.location) == [location(12, 13), location(13, 15)])
        #expect(log.diagnostics[0].hint?.hasPrefix("did you mean 'multi-agency'?") == true)
        #expect(log.diagnostics[1].hint?.hasPrefix("did you mean 'training'?") == true)
    }

    @Test func badAgeBandAndOutcomeAreReported() {
        let (_, log) = parse(FixtureDocument.review(extra: ["age_band: 12-17", "outcome: died"]))
        #expect(log.diagnostics.map(\.message) == ["'12-17' is not a valid age_band", "'died' is not a valid outcome"])
        #expect(log.diagnostics.map(\.location) == [location(9, 11), location(10, 10)])
    }

    @Test func recommendationMissingFieldsAndDuplicateIDs() {
        let (_, log) = parse(FixtureDocument.review(extra: [
            "recommendations:",
            "  - id: R1",
            "    text: One.",
            "    target: committee",
            "    category: training",
            "    status: complete",
            "  - id: R1",
            "    text: Two.",
            "    target: committee",
            "    category: training",
            "    status: complete",
            "  - id: R3",
            "    status: complete",
        ]))
        #expect(log.diagnostics.map(\.message) == [
            "recommendation id 'R1' is used twice in this review",
            "missing required field 'text'", "missing required field 'target'", "missing required field 'category'",
        ])
        // The duplicate id is on line 15; missing fields are reported at the start of their item (line 20, column 5).
        #expect(log.diagnostics.map(\.location) == [location(15, 9), location(20, 5), location(20, 5), location(20, 5)])
    }

    @Test func unknownRecommendationFieldIsAWarning() {
        let (_, log) = parse(FixtureDocument.review(extra: [
            "recommendations:",
            "  - id: R1",
            "    text: One.",
            "    target: committee",
            "    category: training",
            "    status: complete",
            "    deadline: 2024-01-01",
        ]))
        #expect(log.diagnostics == [Diagnostic(.warning, at: location(15, 5), "unknown recommendation field 'deadline' is ignored",
                                               hint: "known fields: id, text, target, category, status, owner, due")])
    }

    @Test func reportOutsideAssetsIsAnError() {
        let (document, log) = parse(FixtureDocument.review(extra: ["report: ../secret.pdf"]))
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(9, 9), "report '../secret.pdf' must be a file under assets/",
                                               hint: "e.g. 'report: assets/child-a-full-report.pdf'")])
    }

    @Test func nonBooleanFlagIsAnError() {
        let (document, log) = parse(FixtureDocument.review(extra: ["draft: maybe"]))
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(9, 8), "'draft' must be the YAML boolean true or false, not 'maybe'",
                                               hint: "write 'draft: true' or 'draft: false', without quotes")])
    }

    @Test func listWhereTextIsExpectedIsAnError() {
        let (document, log) = parse(FixtureDocument.review(title: "[a, b]"))
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(2, 8), "'title' must be text, not a list or mapping")])
    }

    // MARK: YAML syntax

    @Test func malformedYAMLIsReportedAtTheLineOfTheError() throws {
        let text = """
        ---
        title: Learning review of Child A
        summary: Learning: what went wrong: and why
        published: 2023-06-14
        ---
        Body.
        """
        let (document, log) = parse(text)
        #expect(document == nil)
        let diagnostic = try #require(log.diagnostics.first)
        #expect(log.diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == location(3, 18))
        #expect(diagnostic.message.hasPrefix("invalid YAML: mapping values are not allowed in this context"))
        #expect(diagnostic.hint == "check indentation and quote text that contains ': ' or starts with a special character")
    }

    @Test func badIndentationIsReportedAtItsLine() throws {
        let text = "---\ntitle: A\nthemes:\n  - neglect\n - transitions\nsummary: S\n---\n"
        let (document, log) = parse(text)
        #expect(document == nil)
        let diagnostic = try #require(log.diagnostics.first)
        #expect(diagnostic.message.hasPrefix("invalid YAML:"))
        #expect(diagnostic.location.line == 5)
    }

    @Test func frontMatterThatIsNotAMappingIsAnError() {
        let (document, log) = parse("---\n- a\n- b\n---\n")
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(1, 1), "the YAML must be a mapping of fields ('name: value' lines)")])
    }

    @Test func emptyFrontMatterIsAnError() {
        let (document, log) = parse("---\n---\nBody\n")
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(1, 1), "the YAML is empty")])
    }

    @Test func duplicateKeyIsAnError() {
        let (document, log) = parse(FixtureDocument.review(extra: ["title: Another title"]))
        #expect(document == nil)
        #expect(log.hasErrors)
        #expect(log.diagnostics.first?.message.hasPrefix("invalid YAML:") == true)
        #expect(log.diagnostics.first?.message.contains("'title'") == true)
    }

    // MARK: Slugs

    @Test func invalidSlugOverrideIsAnError() {
        let (document, log) = parse(FixtureDocument.review(extra: ["slug: ../etc"]))
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(9, 7), "slug '../etc' may contain only letters, digits and '-'",
                                               hint: "the slug becomes part of the URL; e.g. 'child-h-learning-review'")])
    }

    @Test(arguments: ["a b", "-lead", "trail-", "a/b", "a.b", "child_a", "ä"])
    func slugsOutsideTheRulesAreRejected(slug: String) {
        let (document, log) = parse(FixtureDocument.review(extra: ["slug: '\(slug)'"]))
        #expect(document == nil)
        #expect(log.errors(containing: "slug '\(slug)' may contain only letters, digits and '-'").count == 1)
    }

    @Test func fileNameThatCannotBeAURLIsAnError() {
        let (document, log) = parse(FixtureDocument.review(), sourcePath: "reviews/child a.md")
        #expect(document == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: SourceLocation(path: "content/reviews/child a.md", line: 1, column: 1),
                                               "the file name 'child a.md' cannot be used in a URL",
                                               hint: "rename the file using only letters, digits and '-', or set 'slug' in the front matter")])
    }

    @Test func slugOverrideRescuesAnUnusableFileName() throws {
        let (document, log) = parse(FixtureDocument.review(extra: ["slug: child-a"]), sourcePath: "reviews/Child A (final).md")
        #expect(log.diagnostics.isEmpty)
        #expect(try #require(document).slug == "child-a")
    }

    // MARK: Unknown fields

    @Test func unknownFieldIsAWarningWithAHint() throws {
        let (document, log) = parse(FixtureDocument.review(extra: ["audiance: [managers]"]))
        #expect(try #require(document).audience.isEmpty)
        #expect(log.diagnostics == [Diagnostic(.warning, at: location(9, 1), "unknown front matter field 'audiance' is ignored",
                                               hint: "did you mean 'audience'?")])
        #expect(!log.hasErrors)
    }

    @Test func reviewFieldsAreUnknownOnABrief() {
        let (document, log) = parse(FixtureDocument.brief(extra: ["review_type: scr"]), kind: .brief, sourcePath: "briefs/b.md")
        #expect(document != nil)
        #expect(log.diagnostics.map(\.message) == ["unknown front matter field 'review_type' is ignored"])
        #expect(log.diagnostics.map(\.severity) == [.warning])
        #expect(log.diagnostics.map(\.location) == [SourceLocation(path: "content/briefs/b.md", line: 7, column: 1)])
    }

    // MARK: Attestation

    @Test func anonymisedFalseParsesButIsNotAttested() throws {
        let (parsed, log) = parse(FixtureDocument.review().replacingOccurrences(of: "anonymised: true", with: "anonymised: false"))
        #expect(log.diagnostics.isEmpty)  // The hub-level check reports it (see HubLoaderTests).
        let document = try #require(parsed)
        #expect(document.isAttestedAnonymised == false)
        #expect(document.publicationState(on: testToday) == .notAttested)
        #expect(document.publicationState(on: testToday).isVisible == false)
    }

    // MARK: All problems at once

    @Test func everyProblemInOneFileIsReported() {
        let text = """
        ---
        summary: Summary.
        published: 2023-02-30
        committee: nowhere
        themes: [neglet]
        review_type: serious
        anonymised: true
        colour: red
        ---
        """
        let (document, log) = parse(text)
        #expect(document == nil)
        #expect(log.sorted.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue): \($0.message)" } == [
            "1:1 error: missing required field 'title'",
            "3:12 error: 'published' is not a valid date: '2023-02-30'",
            "4:12 error: unknown committee 'nowhere'",
            "5:10 error: unknown learning theme 'neglet'",
            "6:14 error: 'serious' is not a valid review_type",
            "8:1 warning: unknown front matter field 'colour' is ignored",
        ])
    }
}

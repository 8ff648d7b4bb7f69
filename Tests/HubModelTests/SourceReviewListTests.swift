import Testing
@testable import HubModel
import HubTestSupport

/// `review:` on briefs and briefings takes one slug or a list; a thematic review or national overview
/// report lists the reviews it draws on; every review listed links back (`Hub.derivedLearning`).
@Suite("review: one slug or a list")
struct SourceReviewListTests {
    func parse(_ text: String, kind: DocumentKind) -> (ParsedFixture?, DiagnosticLog) {
        var log = DiagnosticLog()
        let parsed = DocumentParser(config: testConfig).parse(text, kind: kind, sourcePath: "\(kind.folder)/x.md",
                                                              displayPath: "content/\(kind.folder)/x.md", log: &log)
        return (parsed.map(ParsedFixture.init), log)
    }

    @Test func oneSlugAFlowListOrABlockList() throws {
        for (extra, slugs) in [("review: child-a", ["child-a"]), ("review: [child-a, child-b]", ["child-a", "child-b"]),
                               ("review:\n  - child-b\n  - child-a\n  - child-c", ["child-b", "child-a", "child-c"])] {
            for kind in [DocumentKind.brief, .briefing] {
                let text = kind == .brief ? FixtureDocument.brief(extra: [extra]) : FixtureDocument.briefing(extra: [extra])
                let (parsed, log) = parse(text, kind: kind)
                #expect(log.diagnostics.isEmpty, "\(log.sorted)")
                #expect(try #require(parsed).sourceReviewSlugs == slugs)
            }
        }
        // Each slug's own line is kept for later diagnostics.
        let (parsed, _) = parse(FixtureDocument.brief(extra: ["review:\n  - child-b\n  - child-a"]), kind: .brief)
        let document = try #require(parsed)
        #expect(document.fieldLocations[DocumentParser.reviewItemKey(0)] == SourceLocation(path: "content/briefs/x.md", line: 8, column: 5))
        #expect(document.fieldLocations[DocumentParser.reviewItemKey(1)] == SourceLocation(path: "content/briefs/x.md", line: 9, column: 5))
    }

    @Test func aSlugListedTwiceIsAWarning() throws {
        let (parsed, log) = parse(FixtureDocument.brief(extra: ["review: [child-a, child-b, child-a]"]), kind: .brief)
        #expect(try #require(parsed).sourceReviewSlugs == ["child-a", "child-b"])
        #expect(log.diagnostics == [Diagnostic(.warning, at: SourceLocation(path: "content/briefs/x.md", line: 7, column: 28),
                                               "review 'child-a' is listed twice in 'review'")])
    }

    @Test func onlyAThematicOrOverviewReviewListsReviews() throws {
        let list = "review: [child-a, child-b]"
        for type in ["thematic", "national-overview"] {
            let (parsed, log) = parse(FixtureDocument.review(reviewType: type, extra: ["subject: child", list]), kind: .review)
            #expect(log.diagnostics.isEmpty)
            #expect(try #require(parsed).sourceReviewSlugs == ["child-a", "child-b"])
        }
        let (parsed, log) = parse(FixtureDocument.review(reviewType: "cspr", extra: [list]), kind: .review)
        #expect(parsed == nil)
        #expect(log.diagnostics == [Diagnostic(
            .error, at: SourceLocation(path: "content/reviews/x.md", line: 9, column: 9),
            "a child safeguarding practice review cannot list the reviews it draws on",
            hint: "only a thematic review or a national overview report lists other reviews in 'review:'; link to another review from the text instead, e.g. [the earlier review](other-review.md)")])
    }

    static let overview = FixtureDocument.review(title: "Overview", reviewType: "national-overview",
                                                 extra: ["subject: child", "review:\n  - child-a\n  - child-b"])

    @Test func everyReviewListedLinksBack() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(title: "Child A", published: "2023-01-01"),
            "reviews/child-b.md": FixtureDocument.review(title: "Child B", published: "2023-02-01"),
            "reviews/overview.md": Self.overview,
            "briefs/both.md": FixtureDocument.brief(title: "Both", extra: ["review: [child-b, child-a]"]),
        ])
        let result = hub.load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let model = try #require(result.hub)
        func index(_ title: String) -> Int { model.documents.firstIndex { $0.title == title }! }
        #expect(model.sourceReviews[index("Both")] == [index("Child B"), index("Child A")], "in the order listed")
        #expect(model.sourceReviews[index("Overview")] == [index("Child A"), index("Child B")])
        for review in ["Child A", "Child B"] {
            #expect(Set(model.derivedLearning[index(review)] ?? []) == [index("Both"), index("Overview")], "\(review) links back to both")
        }
        #expect(model.derivedLearning[index("Overview")] == nil)
    }

    @Test func eachSlugIsCheckedWhereItIsWritten() throws {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(title: "Child A"),
            "reviews/draft.md": FixtureDocument.review(title: "Draft", extra: ["draft: true"]),
            "reviews/overview.md": FixtureDocument.review(title: "Overview", reviewType: "thematic",
                                                          extra: ["subject: child", "review:\n  - child-a\n  - overview"]),
            "briefs/b.md": FixtureDocument.brief(extra: ["review:\n  - child-a\n  - chid-a\n  - draft"]),
        ])
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics == [
            Diagnostic(.error, at: SourceLocation(path: hub.path("briefs/b.md"), line: 9, column: 5), "'review: chid-a' names no review",
                       hint: "did you mean 'child-a'?"),
            Diagnostic(.error, at: SourceLocation(path: hub.path("briefs/b.md"), line: 10, column: 5),
                       "'review: draft' names a review that is not published (it is a draft)",
                       hint: "publish the review first, or remove it from the 'review' field"),
            Diagnostic(.error, at: SourceLocation(path: hub.path("reviews/overview.md"), line: 12, column: 5),
                       "a review cannot list itself among the reviews it draws on", hint: "remove 'overview' from 'review'"),
        ])
    }
}

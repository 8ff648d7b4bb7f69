import Testing
@testable import HubModel
import HubTestSupport

/// The knowledge-hub graph built from a small loaded hub.
@Suite("Hub")
struct HubTests {
    /// Documents, newest first:
    /// 0 briefing (2024-01-10, information-sharing; from child-a)
    /// 1 brief    (2023-07-01, neglect + information-sharing; from child-a)
    /// 2 review child-a (2023-06-14, neglect + information-sharing, north-shire-cpc, learning-review)
    /// 3 review baby-j  (2021-09-22, neglect + transitions, riverside-ppc, scr)
    /// 4 page about
    static func loadGraph() throws -> (FixtureHub, Hub) {
        let hub = try FixtureHub(files: [
            "reviews/child-a.md": FixtureDocument.review(title: "Child A", published: "2023-06-14",
                                                         themes: ["neglect", "information-sharing"]),
            "reviews/baby-j.md": FixtureDocument.review(title: "Baby J", published: "2021-09-22", themes: ["neglect", "transitions"],
                                                        committee: "riverside-ppc", reviewType: "scr"),
            "briefs/child-a-brief.md": FixtureDocument.brief(title: "Child A brief", published: "2023-07-01",
                                                             themes: ["neglect", "information-sharing"], extra: ["review: child-a"]),
            "briefings/child-a-briefing.md": FixtureDocument.briefing(title: "Child A briefing", published: "2024-01-10",
                                                                      themes: ["information-sharing"], extra: ["review: child-a"]),
            "pages/about.md": FixtureDocument.page(),
        ])
        let result = hub.load()
        #expect(result.diagnostics.isEmpty)
        return (hub, try #require(result.hub))
    }

    @Test func documentsAreSortedNewestFirst() throws {
        let (_, hub) = try Self.loadGraph()
        #expect(hub.documents.map(\.title) == ["Child A briefing", "Child A brief", "Child A", "Baby J", "About"])
        #expect(hub.documents.map { $0.published?.description ?? "-" } == ["2024-01-10", "2023-07-01", "2023-06-14", "2021-09-22", "-"])
    }

    @Test func sameDayDocumentsAreSortedByTitle() throws {
        let hub = try FixtureHub(files: [
            "briefs/z.md": FixtureDocument.brief(title: "Alpha", published: "2024-01-01"),
            "briefs/a.md": FixtureDocument.brief(title: "Cobalt", published: "2024-01-01"),
            "briefs/m.md": FixtureDocument.brief(title: "Bravo", published: "2024-01-01"),
            "briefs/new.md": FixtureDocument.brief(title: "Zulu", published: "2024-01-02"),
        ])
        let model = try #require(hub.load().hub)
        #expect(model.documents.map(\.title) == ["Zulu", "Alpha", "Bravo", "Cobalt"])
    }

    @Test func documentsByKind() throws {
        let (_, hub) = try Self.loadGraph()
        #expect(hub.documentsByKind == [.briefing: [0], .brief: [1], .review: [2, 3], .page: [4]])
    }

    @Test func documentsByTheme() throws {
        let (_, hub) = try Self.loadGraph()
        #expect(hub.documentsByTheme == ["neglect": [1, 2, 3], "information-sharing": [0, 1, 2], "transitions": [3]])
        #expect(hub.documents(hub.documentsByTheme["transitions"]).map(\.title) == ["Baby J"])
        #expect(hub.documents(hub.documentsByTheme["unused"]).isEmpty)
    }

    @Test func documentsByCommitteeReviewTypeAndYear() throws {
        let (_, hub) = try Self.loadGraph()
        #expect(hub.documentsByCommittee == ["north-shire-cpc": [2], "riverside-ppc": [3]])
        #expect(hub.documentsByReviewType == [.learningReview: [2], .scr: [3]])
        // Pages have no year.
        #expect(hub.documentsByYear == [2024: [0], 2023: [1, 2], 2021: [3]])
    }

    @Test func derivedLearningAndSourceReviewPointBothWays() throws {
        let (_, hub) = try Self.loadGraph()
        #expect(hub.derivedLearning == [2: [0, 1]])
        #expect(hub.sourceReviews == [0: [2], 1: [2]])
        #expect(hub.documents(hub.derivedLearning[2]).map(\.title) == ["Child A briefing", "Child A brief"])
        #expect(hub.derivedLearning[3] == nil)
        for (learning, reviews) in hub.sourceReviews {
            for review in reviews {
                #expect(hub.derivedLearning[review]?.contains(learning) == true)
                #expect(hub.documents[learning].sourceReviewSlugs.contains(hub.documents[review].slug))
            }
        }
    }

    @Test func themeCooccurrenceCountsSharedDocuments() throws {
        let (_, hub) = try Self.loadGraph()
        #expect(hub.themeCooccurrence == [
            "neglect": [ThemeCooccurrence(themeID: "information-sharing", count: 2), ThemeCooccurrence(themeID: "transitions", count: 1)],
            "information-sharing": [ThemeCooccurrence(themeID: "neglect", count: 2)],
            "transitions": [ThemeCooccurrence(themeID: "neglect", count: 1)],
        ])
    }

    @Test func themeCooccurrenceTiesFollowTheVocabularyOrder() throws {
        let hub = try FixtureHub(files: [
            "briefs/a.md": FixtureDocument.brief(themes: ["transitions", "neglect"]),
            "briefs/b.md": FixtureDocument.brief(themes: ["transitions", "information-sharing"]),
            "briefs/c.md": FixtureDocument.brief(themes: ["information-sharing", "transitions", "neglect"]),
        ])
        let model = try #require(hub.load().hub)
        // transitions shares two documents with each; hub.yaml lists neglect before information-sharing.
        #expect(model.themeCooccurrence["transitions"] == [
            ThemeCooccurrence(themeID: "neglect", count: 2), ThemeCooccurrence(themeID: "information-sharing", count: 2),
        ])
        #expect(model.themeCooccurrence["neglect"] == [
            ThemeCooccurrence(themeID: "transitions", count: 2), ThemeCooccurrence(themeID: "information-sharing", count: 1),
        ])
    }

    @Test func pagesStayOutOfTheLearningIndexes() throws {
        let (_, hub) = try Self.loadGraph()
        let page = 4
        #expect(hub.documents[page].kind == .page)
        for indices in hub.documentsByTheme.values { #expect(!indices.contains(page)) }
        for indices in hub.documentsByYear.values { #expect(!indices.contains(page)) }
    }

    @Test func buildsDirectlyFromDocuments() throws {
        var log = DiagnosticLog()
        let parser = DocumentParser(config: testConfig)
        let documents = [
            parser.parse(FixtureDocument.brief(title: "Old", published: "2020-01-01"), kind: .brief, sourcePath: "briefs/old.md",
                         displayPath: "briefs/old.md", log: &log),
            parser.parse(FixtureDocument.brief(title: "New", published: "2022-01-01", themes: ["transitions"]), kind: .brief,
                         sourcePath: "briefs/new.md", displayPath: "briefs/new.md", log: &log),
        ].compactMap { $0.map { ParsedFixture($0).document } }
        #expect(log.diagnostics.isEmpty)
        let hub = Hub(config: testConfig, today: testToday, documents: documents, assets: ["assets/b.pdf", "assets/a.pdf"])
        #expect(hub.documents.map(\.title) == ["New", "Old"])
        #expect(hub.assets == ["assets/a.pdf", "assets/b.pdf"])
        #expect(hub.documentsByTheme == ["transitions": [0], "neglect": [1]])
        #expect(hub.themeCooccurrence.isEmpty)
        #expect(hub.derivedLearning.isEmpty)
    }

    @Test func readingMinutesRoundUp() throws {
        let hub = try FixtureHub(files: [
            "briefs/one.md": FixtureDocument.brief(title: "One", body: "Short.\n"),
            "briefs/two.md": FixtureDocument.brief(title: "Two", body: Array(repeating: "word", count: 201).joined(separator: " ") + "\n"),
        ])
        let model = try #require(hub.load().hub)
        #expect(model.documents.map(\.readingMinutes) == [1, 2])
    }
}

import Foundation
import HubModel
import HubTestSupport
import Testing
@testable import HubRendering

/// The recommendations tracker's rows and the page built from them.
@Suite struct TrackerTests {
    @Test func everyRecommendationOfEveryVisibleReviewInOrder() {
        let hub = TestHub.standard()
        let entries = RecommendationTracker.entries(in: hub)
        #expect(entries.map { "\(hub.documents[$0.reviewIndex].slug)/\($0.recommendation.id)" } == ["child-a/R1", "child-a/R2", "child-a/R3", "child-b/R1"])
        #expect(entries.map(\.isOverdue) == [true, false, false, true])
    }

    @Test func pageViewCarriesFilterDataAndCounts() throws {
        let pages = RecommendationsPage.pages(in: TestHub.standard())
        #expect(pages.map(\.path) == ["recommendations/"])
        let page = try #require(pages[0].view(from: PageViewFactory(hub: TestHub.standard())) as? TrackerPageView)
        #expect(page.total == 4 && page.overdueCount == 2)
        #expect(page.totalLabel == "4 recommendations from 2 reviews")
        #expect(page.statusOptions.map(\.count) == [2, 1, 1])
        #expect(page.themeOptions.map(\.value) == ["neglect", "information-sharing", "transitions"])
        #expect(page.rows[0].themeIDs == "neglect information-sharing")
        #expect(page.rows[0].reviewHref == "../reviews/child-a/")
        #expect(page.rows[0].recommendationsHref == "../reviews/child-a/#recommendations-heading")
        #expect(page.dataHref == "../recommendations/data/")
        #expect(page.pagination.showing == "All 4 recommendations" && !page.pagination.hasPages)
    }

    /// The tracker of a hub with hundreds of recommendations is cut into pages of fifty rows, each with
    /// the counts of the whole tracker; every recommendation is on exactly one page, in order.
    @Test func aLongTrackerIsCutIntoPagesThatTogetherHoldEveryRow() throws {
        let hub = GeneratedHub.make(count: 400)
        let entries = RecommendationTracker.entries(in: hub)
        #expect(entries.count > 150)
        let pages = RecommendationsPage.pages(in: hub)
        #expect(pages.count == (entries.count + 49) / 50)
        #expect(pages.map(\.path) == ["recommendations/"] + (2...pages.count).map { "recommendations/page/\($0)/" })
        let factory = PageViewFactory(hub: hub)
        var rows: [String] = []
        for page in pages {
            let view = try #require(page.view(from: factory) as? TrackerPageView)
            #expect(view.total == entries.count)
            #expect(view.rows.count <= 50)
            #expect((view.intro != nil) == (page.path == "recommendations/"))
            rows += view.rows.map { "\($0.reviewTitle)/\($0.id)" }
        }
        #expect(rows == entries.map { "\(hub.documents[$0.reviewIndex].title)/\($0.recommendation.id)" })
        let second = try #require(pages[1].view(from: factory) as? TrackerPageView)
        #expect(second.pagination.showing == "Showing 51–100 of \(entries.count) recommendations")
        #expect(second.dataHref == "../../../recommendations/data/")
        #expect(second.layout.previousHref == "../../" && second.layout.nextHref == "../3/")
    }

    /// The data `tracker.js` filters with: one character a row for its status and whether it is overdue,
    /// each review's rows and themes; and the rows themselves in files of a hundred.
    @Test func trackerDataDescribesEveryRowCompactly() throws {
        let hub = GeneratedHub.make(count: 400)
        let entries = RecommendationTracker.entries(in: hub)
        let files = TrackerData(hub: hub).files()
        #expect(files.map(\.path) == ["recommendations/data/filters.js"]
            + (0..<(entries.count + 99) / 100).map { "recommendations/data/rows-\($0).js" })
        let filters = try #require(try Self.received(files[0].data, name: "filters") as? [String: Any])
        #expect(filters["total"] as? Int == entries.count)
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
        let codes = try #require(filters["rows"] as? String).map { alphabet.firstIndex(of: $0)! }
        let statuses = try #require(filters["statuses"] as? [String])
        #expect(codes.map { statuses[$0 / 2] } == entries.map(\.recommendation.status.rawValue))
        #expect(codes.map { $0 % 2 == 1 } == entries.map(\.isOverdue))
        let reviewRows = try #require(filters["reviewRows"] as? [Int])
        #expect(reviewRows.reduce(0, +) == entries.count)
        #expect(reviewRows.count == Set(entries.map(\.reviewIndex)).count)
        // The first review's themes, as bits.
        let themes = try #require(filters["themes"] as? [String])
        let themeChars = try #require(filters["themeChars"] as? Int)
        let reviewThemes = Array(try #require(filters["reviewThemes"] as? String))
        #expect(reviewThemes.count == reviewRows.count * themeChars)
        let bits = alphabet.firstIndex(of: reviewThemes[0])!
        let firstThemes = themes.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element)
        #expect(Set(firstThemes) == Set(hub.documents[entries[0].reviewIndex].learningThemeIDs))

        let rows = try #require(try Self.received(files[2].data, name: "rows-1") as? [[Any]])
        #expect(rows.count == min(100, entries.count - 100))
        let entry = entries[100]
        #expect(rows[0][0] as? String == hub.documents[entry.reviewIndex].sitePath)
        #expect(rows[0][2] as? String == entry.recommendation.id && rows[0][3] as? String == entry.recommendation.text)
        #expect(rows[0][9] as? String == entry.recommendation.status.rawValue)
        #expect(rows[0][11] as? Int == (entry.isOverdue ? 1 : 0))
    }

    /// A line or paragraph separator in a recommendation, valid in JSON but not in older JavaScript
    /// strings, is escaped in the data scripts.
    @Test func lineSeparatorsAreEscapedInTheDataScripts() throws {
        let hub = TestHub.hub([TestHub.document(.review, slug: "r", published: "2024-01-01", themes: ["neglect"],
                                                recommendations: FixtureDocument.recommendation(
                                                    "R1", text: #"One\u2028two\u2029three"#, category: "policy", status: "complete"))])
        let rows = try #require(TrackerData(hub: hub).files().last)
        let text = String(decoding: rows.data, as: UTF8.self)
        #expect(text.contains(#"One\u2028two\u2029three"#) && !text.contains("\u{2028}") && !text.contains("\u{2029}"))
        let parsed = try #require(try Self.received(rows.data, name: "rows-0") as? [[Any]])
        #expect(parsed[0][3] as? String == "One\u{2028}two\u{2029}three")
    }

    /// The JSON a data script hands to `LearningHubTracker.receive(name, json)`.
    static func received(_ script: Data, name: String) throws -> Any {
        let text = String(decoding: script, as: UTF8.self)
        let prefix = "LearningHubTracker.receive(\"\(name)\","
        #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"))
        return try JSONSerialization.jsonObject(with: Data(text.dropFirst(prefix.count).dropLast(3).utf8))
    }
}

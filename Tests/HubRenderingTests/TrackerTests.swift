import HubModel
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
        let page = try #require(RecommendationsPage().view(from: PageViewFactory(hub: TestHub.standard())) as? TrackerPageView)
        #expect(page.total == 4 && page.overdueCount == 2)
        #expect(page.totalLabel == "4 recommendations from 2 reviews")
        #expect(page.statusOptions.map(\.count) == [2, 1, 1])
        #expect(page.themeOptions.map(\.value) == ["neglect", "information-sharing", "transitions"])
        #expect(page.rows[0].themeIDs == "neglect information-sharing")
        #expect(page.rows[0].reviewHref == "../reviews/child-a/")
        #expect(page.rows[0].recommendationsHref == "../reviews/child-a/#recommendations-heading")
    }
}

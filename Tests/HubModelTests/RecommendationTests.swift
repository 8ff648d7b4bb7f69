import Testing
@testable import HubModel
import HubTestSupport

@Suite("Recommendation")
struct RecommendationTests {
    func recommendation(status: RecommendationStatus, due: String?) -> Recommendation {
        Recommendation(id: "R1", text: "Do it.", target: .multiAgency, category: .training, status: status,
                       owner: nil, due: due.flatMap(CalendarDate.init(iso:)))
    }

    @Test(arguments: [
        (RecommendationStatus.notStarted, "2025-05-31", true),
        (.inProgress, "2025-05-31", true),
        (.inProgress, "2020-01-01", true),
        (.complete, "2025-05-31", false),
        (.inProgress, "2025-06-01", false),
        (.notStarted, "2025-06-02", false),
        (.notStarted, nil, false),
    ] as [(RecommendationStatus, String?, Bool)])
    func overdueMeansPastDueAndNotComplete(status: RecommendationStatus, due: String?, overdue: Bool) {
        #expect(recommendation(status: status, due: due).isOverdue(on: testToday) == overdue)
    }

    @Test func overdueInALoadedHub() throws {
        let hub = try FixtureHub(files: ["reviews/child-a.md": FixtureDocument.review(extra: [
            "recommendations:",
            "  - id: R1",
            "    text: Late and still going.",
            "    target: multi-agency",
            "    category: practice-model",
            "    status: in-progress",
            "    due: 2024-03-31",
            "  - id: R2",
            "    text: Late but done.",
            "    target: single-agency",
            "    category: audit",
            "    status: complete",
            "    due: 2024-03-31",
            "  - id: R3",
            "    text: Not due yet.",
            "    target: committee",
            "    category: policy",
            "    status: not-started",
            "    due: 2025-12-31",
        ])])
        let model = try #require(hub.load().hub)
        let recommendations = try #require(model.documents.first?.review?.recommendations)
        #expect(recommendations.map(\.id) == ["R1", "R2", "R3"])
        #expect(recommendations.map { $0.isOverdue(on: model.today) } == [true, false, false])
    }

    @Test func vocabularyMatchesTheContentModel() {
        #expect(RecommendationTarget.allCases.map(\.rawValue) == ["single-agency", "multi-agency", "committee", "senior-managers", "national"])
        #expect(RecommendationCategory.allCases.map(\.rawValue) == [
            "training", "policy", "awareness", "audit", "supervision", "case-management", "culture", "documentation",
            "staffing", "services", "practice-model", "performance", "it",
        ])
        #expect(RecommendationStatus.allCases.map(\.rawValue) == ["not-started", "in-progress", "complete"])
        // The old ids first, in their old order, so that search facet codes and the schema's enums only grow.
        #expect(ReviewType.allCases.map(\.rawValue) == ["learning-review", "scr", "icr", "cspr", "sir", "sar", "dhr", "thematic",
                                                         "rapid-review", "serious-case-review", "cpr", "apr", "susr", "cmr",
                                                         "mappa-scr", "national-overview"])
        #expect(AgeBand.allCases.map(\.rawValue) == ["under-1", "1-2", "3-4", "5-10", "11-17", "18-25", "26-64", "65-and-over"])
        #expect(ReviewOutcome.allCases.map(\.rawValue) == ["death", "serious-harm", "harm-to-others", "death-or-serious-harm"])
        #expect(ReviewSubject.allCases.map(\.rawValue) == ["child", "young-person", "adult", "family"])
        #expect(IncidentCategory.allCases.map(\.rawValue) == ["serious-violence", "sexual-offence", "death", "abduction",
                                                               "domestic-abuse", "other"])
    }

    @Test func displayNames() {
        #expect(RecommendationCategory.it.displayName == "IT")
        #expect(RecommendationCategory.caseManagement.displayName == "Case management")
        #expect(RecommendationCategory.training.displayName == "Training")
        #expect(RecommendationTarget.seniorManagers.displayName == "Senior managers")
        #expect(RecommendationStatus.notStarted.displayName == "Not started")
        #expect(AgeBand.under1.displayName == "Under 1 year")
        #expect(AgeBand.elevenToSeventeen.displayName == "11 to 17 years")
        #expect(ReviewType.scr.displayName == "Significant case review")
        #expect(ReviewOutcome.seriousHarm.displayName == "Serious harm")
    }
}

import Foundation
import HubModel
import Testing
@testable import HubRendering

/// The figures of "Learning at a glance" against counts made independently here, by brute force.
@Suite struct GlanceStatisticsTests {
    let hub = GeneratedHub.make(count: 250, seed: 42)

    /// The documents the page counts, found without the hub's indexes.
    private var counted: [Document] {
        hub.documents.filter {
            let state = $0.publicationState(on: TestHub.today)
            return $0.kind != .page && (state == .published || state == .withdrawn)
        }
    }

    @Test func documentsPerYearAndKind() {
        let statistics = GlanceStatistics(hub: hub)
        var expected: [String: Int] = [:]
        for document in counted { expected["\(document.published!.year)-\(document.kind.rawValue)", default: 0] += 1 }
        #expect(statistics.years == Set(counted.map { $0.published!.year }).sorted())
        for year in 2019...2024 {
            for kind in [DocumentKind.review, .brief, .briefing] {
                #expect(statistics.documents(in: year, kind: kind) == expected["\(year)-\(kind.rawValue)", default: 0], "\(year) \(kind)")
            }
        }
        #expect(statistics.documentCount == counted.count)
        #expect(counted.count < hub.documents.count, "the generated hub has drafts to leave out")
    }

    @Test func themesOverallAndPerYear() {
        let statistics = GlanceStatistics(hub: hub)
        for theme in TestHub.themeIDs {
            let on = counted.filter { $0.learningThemeIDs.contains(theme) }
            #expect(statistics.themeCounts.first { $0.theme.id == theme }?.count == on.count, "\(theme)")
            for year in 2019...2024 {
                #expect(statistics.documents(theme: theme, in: year) == on.filter { $0.published!.year == year }.count)
            }
        }
        let frequencies = statistics.themesByFrequency.map(\.count)
        #expect(frequencies == frequencies.sorted(by: >))
    }

    @Test func recommendationsByCategoryAndStatusAndOverdue() {
        let statistics = GlanceStatistics(hub: hub)
        let recommendations = counted.flatMap { $0.review?.recommendations ?? [] }
        #expect(statistics.recommendationCount == recommendations.count)
        for category in RecommendationCategory.allCases {
            for status in RecommendationStatus.allCases {
                #expect(statistics.recommendations(category, status)
                        == recommendations.filter { $0.category == category && $0.status == status }.count)
            }
        }
        let overdue = recommendations.filter { item in
            guard let due = item.due else { return false }
            return item.status != .complete && due < TestHub.today
        }
        #expect(statistics.overdue.count == overdue.count)
        #expect(!overdue.isEmpty)
        let dues = statistics.overdue.map { $0.recommendation.due! }
        #expect(dues == dues.sorted())
    }

    @Test func chartTablesShowTheSameFigures() {
        let statistics = GlanceStatistics(hub: hub)
        let years = GlanceCharts.documentsByYear(statistics)
        for row in years.table.rows {
            let year = Int(row.header)!
            let kinds = [DocumentKind.review, .brief, .briefing]
            #expect(row.cells == (kinds.map { statistics.documents(in: year, kind: $0) } + [statistics.documents(in: year)]).map(String.init))
        }
        #expect(years.table.footer?.cells.last == String(counted.count))
        let themes = GlanceCharts.themeFrequency(statistics)
        #expect(themes.table.rows.map(\.cells) == statistics.themesByFrequency.map { [String($0.count)] })
        let recommendations = GlanceCharts.recommendations(statistics)
        #expect(recommendations.table.footer?.cells.last == String(statistics.recommendationCount))
        for chart in [years, themes, GlanceCharts.themesOverTime(statistics), recommendations] {
            #expect(chart.hasData && chart.svg.contains("role=\"img\""))
        }
    }

    @Test func anEmptyHubHasNoChartsButStillRenders() {
        let statistics = GlanceStatistics(hub: TestHub.hub([]))
        #expect(statistics.years.isEmpty && statistics.documentCount == 0 && statistics.overdue.isEmpty)
        let chart = GlanceCharts.documentsByYear(statistics)
        #expect(!chart.hasData && chart.svg.isEmpty && chart.table.rows.isEmpty)
    }
}

/// The review tables of "Learning at a glance" against counts made here from each review's front matter.
@Suite struct ReviewStatisticsTests {
    let hub = GeneratedHub.make(count: 250, seed: 42)

    /// The reviews the page counts, found without the hub's indexes.
    private var reviews: [Document] {
        hub.documents.filter {
            let state = $0.publicationState(on: TestHub.today)
            return $0.kind == .review && (state == .published || state == .withdrawn)
        }
    }

    @Test func bySubjectOutcomeAgeAndCommittee() {
        let statistics = ReviewStatistics(hub: hub)
        #expect(statistics.reviewCount == reviews.count)
        var bySubjectOutcome: [String: Int] = [:], byAge: [String: Int] = [:], byCommitteeYear: [String: Int] = [:]
        for review in reviews {
            let details = review.review!
            bySubjectOutcome["\(details.subject.rawValue) \(details.outcome?.rawValue ?? "none")", default: 0] += 1
            byAge["\(details.ageBand?.rawValue ?? "none") \(details.subject.rawValue)", default: 0] += 1
            byCommitteeYear["\(review.committeeID!) \(review.published!.year)", default: 0] += 1
        }
        for subject in ReviewSubject.allCases {
            for outcome in [nil] + ReviewOutcome.allCases {
                #expect(statistics.reviews(subject, outcome) == bySubjectOutcome["\(subject.rawValue) \(outcome?.rawValue ?? "none")", default: 0])
            }
            for band in [nil] + AgeBand.allCases {
                #expect(statistics.reviews(subject, ageBand: band) == byAge["\(band?.rawValue ?? "none") \(subject.rawValue)", default: 0])
            }
        }
        for committee in ["test-cpc", "other-cpc"] {
            for year in 2019...2024 {
                #expect(statistics.reviews(committee: committee, in: year) == byCommitteeYear["\(committee) \(year)", default: 0])
            }
        }
        #expect(statistics.subjects == ReviewSubject.allCases.filter { subject in reviews.contains { $0.review?.subject == subject } })
        #expect(statistics.outcomes.last == .some(nil), "reviews without an outcome are a column of their own")
        #expect(Set(reviews.map { $0.review!.subject }) == Set(ReviewSubject.allCases), "the generated hub has every subject")
    }

    @Test func theChartsTablesHoldTheSameFigures() {
        let statistics = ReviewStatistics(hub: hub)
        let chart = GlanceCharts.reviewsBySubjectAndOutcome(statistics)
        #expect(chart.table.columns == ["Death", "Serious harm", "Serious harm caused to others", "Death or serious harm", "Not recorded",
                                        "Total"])
        for row in chart.table.rows {
            let subject = ReviewSubject.allCases.first { $0.displayName == row.header }!
            let counts = reviews.filter { $0.review!.subject == subject }
            #expect(row.cells.last == String(counts.count))
            #expect(row.cells[0] == String(counts.filter { $0.review!.outcome == .death }.count))
        }
        #expect(chart.table.footer?.cells.last == String(reviews.count))
        let committees = GlanceCharts.reviewsByCommitteeAndYear(statistics, committees: TestHub.config.committees)
        #expect(committees.table.rows.map(\.header) == ["Test Child Protection Committee", "Other Committee"])
        #expect(committees.table.footer?.cells.last == String(reviews.count))
        let ages = GlanceCharts.reviewsByAgeBand(statistics)
        #expect(ages.table.rows.last?.header == "Not recorded")
        #expect(ages.table.footer?.cells.last == String(reviews.count))
    }
}

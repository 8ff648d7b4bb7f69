import HubModel

/// The figures behind the "Learning at a glance" page, computed from the hub alone.
///
/// Counts cover the reviews, briefs and briefings that are published or withdrawn (a withdrawn
/// document is still part of the record); drafts shown in a preview are never counted.
public struct GlanceStatistics: Sendable {
    /// The kinds of document the charts count, in display order.
    public static let kinds: [DocumentKind] = [.review, .brief, .briefing]

    /// Years with at least one document, oldest first.
    public let years: [Int]
    /// Documents per year and kind.
    public let documentsByYear: [Int: [DocumentKind: Int]]
    /// How many documents carry each learning theme, in the hub's theme order (themes with none included).
    public let themeCounts: [(theme: LearningTheme, count: Int)]
    /// Documents per theme id and year.
    public let themeYearCounts: [String: [Int: Int]]
    /// Recommendations per category and status.
    public let recommendationCounts: [RecommendationCategory: [RecommendationStatus: Int]]
    /// Recommendations past their due date and not complete, earliest due first.
    public let overdue: [TrackedRecommendation]
    public let documentCount: Int
    public let recommendationCount: Int

    public init(hub: Hub) {
        var byYear: [Int: [DocumentKind: Int]] = [:]
        var byTheme: [String: Int] = [:]
        var byThemeYear: [String: [Int: Int]] = [:]
        var documents = 0
        for document in hub.publicDocuments where document.kind.carriesLearning {
            documents += 1
            guard let year = document.year else { continue }
            byYear[year, default: [:]][document.kind, default: 0] += 1
            for theme in Set(document.learningThemeIDs) {
                byTheme[theme, default: 0] += 1
                byThemeYear[theme, default: [:]][year, default: 0] += 1
            }
        }
        let tracked = RecommendationTracker.entries(in: hub)
        var byCategory: [RecommendationCategory: [RecommendationStatus: Int]] = [:]
        for entry in tracked {
            byCategory[entry.recommendation.category, default: [:]][entry.recommendation.status, default: 0] += 1
        }
        years = byYear.keys.sorted()
        documentsByYear = byYear
        themeCounts = hub.config.learningThemes.map { ($0, byTheme[$0.id] ?? 0) }
        themeYearCounts = byThemeYear
        recommendationCounts = byCategory
        overdue = tracked.filter(\.isOverdue).sorted {
            // Overdue implies a due date; the fallback only keeps the comparison total.
            let left = $0.recommendation.due, right = $1.recommendation.due
            return left != right ? (left?.description ?? "") < (right?.description ?? "") : $0.reviewIndex < $1.reviewIndex
        }
        documentCount = documents
        recommendationCount = tracked.count
    }

    /// Documents of `kind` published in `year`.
    public func documents(in year: Int, kind: DocumentKind) -> Int { documentsByYear[year]?[kind] ?? 0 }

    /// All documents published in `year`.
    public func documents(in year: Int) -> Int { documentsByYear[year]?.values.reduce(0, +) ?? 0 }

    /// Documents on `themeID` published in `year`.
    public func documents(theme themeID: String, in year: Int) -> Int { themeYearCounts[themeID]?[year] ?? 0 }

    /// Recommendations of `category` with `status`.
    public func recommendations(_ category: RecommendationCategory, _ status: RecommendationStatus) -> Int {
        recommendationCounts[category]?[status] ?? 0
    }

    /// Categories with at least one recommendation, in the content model's order.
    public var usedCategories: [RecommendationCategory] {
        RecommendationCategory.allCases.filter { recommendationCounts[$0] != nil }
    }

    /// Themes by how often they appear, most first; ties in the hub's theme order.
    public var themesByFrequency: [(theme: LearningTheme, count: Int)] {
        themeCounts.enumerated().sorted {
            $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
        }.map(\.element)
    }
}

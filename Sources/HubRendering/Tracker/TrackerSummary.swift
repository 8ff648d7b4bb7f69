import HubModel

/// The recommendations of the tracker and what every page of it shows besides its own rows: how
/// many there are by status, by learning theme and overdue, and from how many reviews. Worked out
/// once for all the tracker's pages.
struct TrackerSummary: Sendable {
    let entries: [TrackedRecommendation]
    let reviewCount: Int
    let statusCounts: [(status: RecommendationStatus, count: Int)]
    /// The hub's themes that at least one recommendation's review has, in the hub's order.
    let themeCounts: [(theme: LearningTheme, count: Int)]
    let overdueCount: Int

    init(hub: Hub) {
        let entries = RecommendationTracker.entries(in: hub)
        self.entries = entries
        reviewCount = Set(entries.map(\.reviewIndex)).count
        var byStatus: [RecommendationStatus: Int] = [:]
        var byTheme: [String: Int] = [:]
        var overdue = 0
        for entry in entries {
            byStatus[entry.recommendation.status, default: 0] += 1
            if entry.isOverdue { overdue += 1 }
            for theme in Set(hub.documents[entry.reviewIndex].learningThemeIDs) { byTheme[theme, default: 0] += 1 }
        }
        statusCounts = RecommendationStatus.allCases.map { ($0, byStatus[$0] ?? 0) }
        themeCounts = hub.config.learningThemes.compactMap { theme in byTheme[theme.id].map { (theme, $0) } }
        overdueCount = overdue
    }
}

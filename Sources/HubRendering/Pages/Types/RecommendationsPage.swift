import HubModel
import HubSupport

/// The recommendations tracker: every recommendation of every review, with its progress.
struct RecommendationsPage: SitePage {
    var path: String { SitePaths.recommendations }
    var template: String { "recommendations" }

    func view(from factory: PageViewFactory) -> Any {
        let hub = factory.hub
        let entries = RecommendationTracker.entries(in: hub)
        let reviews = Set(entries.map(\.reviewIndex)).count
        let statusOptions = RecommendationStatus.allCases.map { status in
            FilterOptionView(value: status.rawValue, label: status.displayName,
                             count: entries.filter { $0.recommendation.status == status }.count)
        }
        var themeCounts: [String: Int] = [:]
        for entry in entries {
            for theme in Set(hub.documents[entry.reviewIndex].learningThemeIDs) { themeCounts[theme, default: 0] += 1 }
        }
        let themeOptions = hub.config.learningThemes.compactMap { theme in
            themeCounts[theme.id].map { FilterOptionView(value: theme.id, label: theme.title, count: $0) }
        }
        let intro = "Every recommendation from the hub’s reviews: who it is for, who owns it, when it is due and how far it has got. "
            + "Recommendations past their due date and not complete are marked Overdue."
        return TrackerPageView(
            layout: factory.layout(for: path, title: "Recommendations tracker", description: intro, pageType: "tracker",
                                   breadcrumbs: [LinkView(href: factory.rel(path, SitePaths.home), label: "Home")]),
            intro: intro,
            totalLabel: "\(PageViewFactory.plural(entries.count, "recommendation")) from \(PageViewFactory.plural(reviews, "review"))",
            total: entries.count, hasRows: !entries.isEmpty, statusOptions: statusOptions, themeOptions: themeOptions,
            overdueCount: entries.filter(\.isOverdue).count, rows: entries.map { factory.trackerRow($0, from: path) })
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.everything(at: path)
    }
}

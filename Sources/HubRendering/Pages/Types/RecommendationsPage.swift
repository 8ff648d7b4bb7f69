import HubModel
import HubSupport

/// A page of the recommendations tracker: every recommendation of every review, with its progress,
/// `ListPage.size` rows a page (reviews newest first), so that every one can be reached without
/// JavaScript; `tracker.js` filters them across all pages from the data `TrackerData` writes.
struct RecommendationsPage: SitePage {
    let summary: TrackerSummary
    let page: ListPage

    /// Every page of the tracker (one, saying so, when no review has recommendations).
    static func pages(in hub: Hub) -> [RecommendationsPage] {
        let summary = TrackerSummary(hub: hub)
        return ListPage.pages(of: SitePaths.recommendations, total: summary.entries.count).map {
            RecommendationsPage(summary: summary, page: $0)
        }
    }

    var path: String { page.path }
    var template: String { "recommendations" }

    func view(from factory: PageViewFactory) -> Any {
        let statusOptions = summary.statusCounts.map { FilterOptionView(value: $0.status.rawValue, label: $0.status.displayName, count: $0.count) }
        let themeOptions = summary.themeCounts.map { FilterOptionView(value: $0.theme.id, label: $0.theme.title, count: $0.count) }
        let intro = "Every recommendation from the hub’s reviews: who it is for, who owns it, when it is due and how far it has got. "
            + "Recommendations past their due date and not complete are marked Overdue."
        let total = summary.entries.count
        return TrackerPageView(
            layout: factory.layout(for: path, title: "Recommendations tracker", description: intro, pageType: "tracker",
                                   breadcrumbs: [LinkView(href: factory.rel(path, SitePaths.home), label: "Home")], listPage: page),
            intro: page.isFirst ? intro : nil,
            totalLabel: "\(ListNoun.recommendations.count(total)) from \(ListNoun.reviews.count(summary.reviewCount))",
            total: total, hasRows: total > 0, statusOptions: statusOptions, themeOptions: themeOptions,
            overdueCount: summary.overdueCount, rows: summary.entries[page.range].map { factory.trackerRow($0, from: path) },
            pagination: factory.pagination(page, noun: .recommendations, label: "Recommendations: pages"),
            dataHref: factory.rel(path, SitePaths.trackerData))
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.everything(at: path)
    }
}

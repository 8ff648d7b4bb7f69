import HubModel
import HubSupport

/// "Learning at a glance": charts of documents each year, learning themes and recommendations, each
/// with a table of the same figures.
struct GlancePage: SitePage {
    /// The overdue recommendations listed on the page, the longest overdue first; the tracker has them all.
    static let overdueShown = 20

    var path: String { SitePaths.glance }
    var template: String { "glance" }

    func view(from factory: PageViewFactory) -> Any {
        let hub = factory.hub
        let statistics = GlanceStatistics(hub: hub)
        let reviews = ReviewStatistics(hub: hub)
        let scope = hub.scope
        let charts = [GlanceCharts.documentsByYear(statistics), GlanceCharts.reviewsBySubjectAndOutcome(reviews),
                      GlanceCharts.reviewsByAgeBand(reviews),
                      GlanceCharts.reviewsByCommitteeAndYear(reviews, committees: hub.config.committees),
                      GlanceCharts.themeFrequency(statistics), GlanceCharts.themesOverTime(statistics),
                      GlanceCharts.recommendations(statistics)]
        let kinds = GlanceStatistics.kinds.map { kind in
            PageViewFactory.plural(statistics.years.reduce(0) { $0 + statistics.documents(in: $1, kind: kind) },
                                   kind.singularName.lowercased())
        }
        let lede = "\(PageViewFactory.countLabel(statistics.documentCount)) of learning about \(ScopeWording(scope).people) (\(kinds.joined(separator: ", "))) "
            + "and \(PageViewFactory.plural(statistics.recommendationCount, "recommendation")), as published on \(hub.today.longForm). "
            + "Each chart is followed by a table of the same figures."
        let overdue = statistics.overdue.count
        let description = "Charts of the learning in the hub: documents each year, reviews by subject, outcome, age and committee, learning themes and recommendations."
        let tracker = factory.rel(path, SitePaths.recommendations)
        return GlancePageView(
            layout: factory.layout(for: path, title: "Learning at a glance", description: description, pageType: "glance",
                                   breadcrumbs: [LinkView(href: factory.rel(path, SitePaths.home), label: "Home")]),
            lede: lede,
            contents: charts.map { LinkView(href: "#" + $0.id, label: $0.heading) }
                + [LinkView(href: "#overdue", label: "Overdue recommendations")],
            charts: charts, overdueCount: overdue,
            overdueLabel: overdue == 1 ? "1 recommendation is overdue" : "\(ListNoun.grouped(overdue)) recommendations are overdue",
            hasOverdue: overdue > 0, overdue: statistics.overdue.prefix(Self.overdueShown).map { factory.trackerRow($0, from: path) },
            overdueShownLabel: overdue > Self.overdueShown ? "The \(Self.overdueShown) that have been overdue longest:" : nil,
            trackerHref: tracker, overdueTrackerHref: tracker + "?overdue=1")
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.everything(at: path)
    }
}

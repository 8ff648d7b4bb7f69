import HubModel

extension PageViewFactory {
    /// "Learning at a glance" at `glance/`.
    func glance() -> GlancePageView {
        let page = "glance/"
        let statistics = GlanceStatistics(hub: hub)
        let charts = [GlanceCharts.documentsByYear(statistics), GlanceCharts.themeFrequency(statistics),
                      GlanceCharts.themesOverTime(statistics), GlanceCharts.recommendations(statistics)]
        let kinds = GlanceStatistics.kinds.map { kind in
            Self.plural(statistics.years.reduce(0) { $0 + statistics.documents(in: $1, kind: kind) },
                        kind.singularName.lowercased())
        }
        let lede = "\(Self.countLabel(statistics.documentCount)) of learning (\(kinds.joined(separator: ", "))) "
            + "and \(Self.plural(statistics.recommendationCount, "recommendation")), as published on \(hub.today.longForm). "
            + "Each chart is followed by a table of the same figures."
        let overdue = statistics.overdue.count
        let description = "Charts of the learning in the hub: documents each year, learning themes and recommendations."
        return GlancePageView(
            layout: layout(for: page, title: "Learning at a glance", description: description, pageType: "glance",
                           breadcrumbs: [LinkView(href: rel(page, ""), label: "Home")]),
            lede: lede,
            contents: charts.map { LinkView(href: "#" + $0.id, label: $0.heading) }
                + [LinkView(href: "#overdue", label: "Overdue recommendations")],
            charts: charts, overdueCount: overdue,
            overdueLabel: overdue == 1 ? "1 recommendation is overdue" : "\(overdue) recommendations are overdue",
            hasOverdue: overdue > 0, overdue: statistics.overdue.map { trackerRow($0, from: page) },
            trackerHref: rel(page, "recommendations/"), overdueTrackerHref: rel(page, "recommendations/") + "?overdue=1")
    }
}

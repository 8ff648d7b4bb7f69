import HubModel

extension PageViewFactory {
    /// The recommendations tracker at `recommendations/`.
    func recommendations() -> TrackerPageView {
        let page = "recommendations/"
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
            layout: layout(for: page, title: "Recommendations tracker", description: intro, pageType: "tracker",
                           breadcrumbs: [LinkView(href: rel(page, ""), label: "Home")]),
            intro: intro,
            totalLabel: "\(Self.plural(entries.count, "recommendation")) from \(Self.plural(reviews, "review"))",
            total: entries.count, hasRows: !entries.isEmpty, statusOptions: statusOptions, themeOptions: themeOptions,
            overdueCount: entries.filter(\.isOverdue).count, rows: entries.map { trackerRow($0, from: page) })
    }

    /// A tracker row, with links relative to `page`.
    func trackerRow(_ entry: TrackedRecommendation, from page: String) -> TrackerRowView {
        let review = hub.documents[entry.reviewIndex]
        let item = entry.recommendation
        let themes = review.learningThemeIDs.compactMap { hub.config.learningTheme($0) }
        return TrackerRowView(
            reviewHref: rel(page, review.sitePath), reviewTitle: review.title,
            recommendationsHref: rel(page, review.sitePath) + "#recommendations-heading",
            id: item.id, text: item.text, target: item.target.displayName, category: item.category.displayName,
            owner: item.owner, dueISO: item.due?.description, dueLong: item.due?.longForm,
            status: item.status.displayName, statusID: item.status.rawValue, isOverdue: entry.isOverdue,
            themeIDs: themes.map(\.id).joined(separator: " "), themeNames: themes.map(\.title).joined(separator: ", "))
    }

    /// "1 review", "3 reviews".
    static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}

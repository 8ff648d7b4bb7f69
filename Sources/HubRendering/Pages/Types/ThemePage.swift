import HubModel
import HubSupport

/// One learning theme: its documents grouped by type, the themes that occur with it, and its feed.
struct ThemePage: SitePage {
    let theme: LearningTheme

    var path: String { SitePaths.theme(theme.id) }
    var template: String { "theme" }

    func view(from factory: PageViewFactory) -> Any {
        let hub = factory.hub
        let indices = factory.publicOnly(hub.documentsByTheme[theme.id])
        let related = (hub.themeCooccurrence[theme.id] ?? []).prefix(6).compactMap { item -> CountedLinkView? in
            guard let other = hub.config.learningTheme(item.themeID) else { return nil }
            return factory.counted(href: factory.rel(path, SitePaths.theme(other.id)), label: other.title, count: item.count)
        }
        let feed = FeedLinkView(href: factory.rel(path, SitePaths.themeFeed(theme.id)),
                                title: "\(theme.title): new learning (\(hub.config.title))")
        return ThemePageView(
            layout: factory.layout(for: path, title: theme.title, description: theme.description, pageType: "theme",
                                   breadcrumbs: [LinkView(href: factory.rel(path, SitePaths.home), label: "Home"),
                                                 LinkView(href: factory.rel(path, SitePaths.themes), label: "Learning themes")],
                                   feeds: [feed]),
            description: theme.description, total: indices.count, totalLabel: PageViewFactory.countLabel(indices.count),
            groups: factory.groups(indices, from: path), related: related, feedHref: feed.href)
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.themePage(theme.id, at: path)
    }

    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: dates.latest(dates.hub.documentsByTheme[theme.id]))
    }
}

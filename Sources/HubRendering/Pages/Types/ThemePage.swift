import HubModel
import HubSupport

/// A page of one learning theme's documents, newest first; the first page also has the theme's
/// description, how many documents of each kind it holds and the themes that occur with it. Every
/// page links the theme's feed.
struct ThemePage: DocumentListPage {
    let theme: LearningTheme
    /// The theme's public documents, newest first.
    let documents: [Int]
    let page: ListPage

    /// Every page of the theme (one, saying so, when nothing has been published on it).
    static func pages(of theme: LearningTheme, in hub: Hub) -> [ThemePage] {
        let (documents, listPages) = pages(of: SitePaths.theme(theme.id), listing: hub.documentsByTheme[theme.id], in: hub)
        return listPages.map { ThemePage(theme: theme, documents: documents, page: $0) }
    }

    var template: String { "theme" }

    func view(from factory: PageViewFactory) -> Any {
        let hub = factory.hub
        let related = !page.isFirst ? [] : (hub.themeCooccurrence[theme.id] ?? []).prefix(6).compactMap { item -> CountedLinkView? in
            guard let other = hub.config.learningTheme(item.themeID) else { return nil }
            return factory.counted(href: factory.rel(path, SitePaths.theme(other.id)), label: other.title, count: item.count)
        }
        let feed = FeedLinkView(href: factory.rel(path, SitePaths.themeFeed(theme.id)),
                                title: "\(theme.title): new learning (\(hub.config.title))")
        let description = theme.description.isEmpty ? nil : theme.description
        return ThemePageView(
            layout: factory.layout(for: path, title: theme.title, description: description ?? theme.title, pageType: "theme",
                                   breadcrumbs: [LinkView(href: factory.rel(path, SitePaths.home), label: "Home"),
                                                 LinkView(href: factory.rel(path, SitePaths.themes), label: "Learning themes")],
                                   feeds: [feed], listPage: page),
            description: page.isFirst ? description : nil,
            countSummary: page.isFirst ? factory.kindCounts(documents) : nil,
            documents: shown.map { factory.summary($0, from: path) },
            pagination: factory.pagination(page, noun: .documents, label: "\(theme.title): pages"),
            related: related, feedHref: feed.href)
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.themePage(theme.id, documents: documents, page)
    }
}

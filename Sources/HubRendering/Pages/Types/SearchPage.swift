import HubModel
import HubSupport

/// The search page (the search runs in the browser; without JavaScript it lists the themes).
struct SearchPage: SitePage {
    var path: String { SitePaths.search }
    var template: String { "search" }

    func view(from factory: PageViewFactory) -> Any {
        SearchPageView(
            layout: factory.layout(for: path, title: "Search", description: "Search the learning from reviews.", pageType: "search",
                                   breadcrumbs: [LinkView(href: factory.rel(path, SitePaths.home), label: "Home")]),
            themes: factory.themeCounts(from: path), examplePhrase: ScopeWording(factory.hub.scope).examplePhrase)
    }

    func key(from keys: PageKeys) -> Fingerprint? { nil }

    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: nil)
    }
}

import HubModel
import HubSupport

/// Every learning theme of the hub, with the number of documents on each.
struct ThemeIndexPage: SitePage {
    var path: String { SitePaths.themes }
    var template: String { "directory" }

    func view(from factory: PageViewFactory) -> Any {
        DirectoryPageView(
            layout: factory.layout(for: path, title: "Learning themes",
                                   description: "Every learning theme of the hub, with the number of documents on each.",
                                   pageType: "directory", breadcrumbs: [LinkView(href: factory.rel(path, SitePaths.home), label: "Home")]),
            intro: "The themes that recur in the learning from reviews. Choose a theme to see every review, brief and briefing on it.",
            entries: factory.themeCounts(from: path))
    }

    func key(from keys: PageKeys) -> Fingerprint? { nil }
}

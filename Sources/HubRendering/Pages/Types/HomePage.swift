import HubModel
import HubSupport

/// The home page: what the hub is, the latest learning, the themes with their counts (its search box is the header's).
struct HomePage: SitePage {
    var path: String { SitePaths.home }
    var template: String { "home" }

    func view(from factory: PageViewFactory) -> Any {
        let hub = factory.hub
        let layout = factory.layout(for: path, title: hub.config.title, description: hub.config.description,
                                    pageType: "home", breadcrumbs: [])
        let latest = hub.documents.indices.lazy.filter { hub.documents[$0].kind.carriesLearning && factory.isPublic($0) }.prefix(6)
        let sections = KindIndexPage.listedKinds.map { kind in
            factory.counted(href: factory.rel(path, SitePaths.kind(kind)), label: kind.pluralName,
                            count: factory.publicCount(hub.documentsByKind[kind]))
        }
        return HomePageView(layout: layout, intro: ScopeWording(hub.scope).homeIntro, latest: latest.map { factory.summary($0, from: path) },
                            themes: factory.themeCounts(from: path), sections: sections)
    }

    func key(from keys: PageKeys) -> Fingerprint? { nil }
}

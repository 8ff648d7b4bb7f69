import HubModel
import HubSupport

/// The years the hub's learning was published in.
struct YearIndexPage: SitePage {
    var path: String { SitePaths.years }
    var template: String { "directory" }

    func view(from factory: PageViewFactory) -> Any {
        let hub = factory.hub
        let entries = hub.documentsByYear.keys.sorted(by: >).map {
            factory.counted(href: factory.rel(path, SitePaths.year($0)), label: String($0),
                            count: factory.publicCount(hub.documentsByYear[$0]))
        }
        return factory.directory(page: path, title: "Years", intro: "Learning by the year it was published.", entries: entries)
    }

    func key(from keys: PageKeys) -> Fingerprint? { nil }
}

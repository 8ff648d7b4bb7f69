import HubModel
import HubSupport

/// The committees and partnerships whose learning the hub holds.
struct CommitteeIndexPage: SitePage {
    var path: String { SitePaths.committees }
    var template: String { "directory" }

    func view(from factory: PageViewFactory) -> Any {
        let hub = factory.hub
        let entries = hub.config.committees.map {
            factory.counted(href: factory.rel(path, SitePaths.committee($0.id)), label: $0.name,
                            count: factory.publicCount(hub.documentsByCommittee[$0.id]),
                            description: [$0.kind?.displayName, $0.area.isEmpty ? nil : $0.area].compactMap { $0 }.joined(separator: ", "))
        }
        return factory.directory(page: path, title: "Committees",
                                 intro: "The committees and partnerships whose learning the hub holds.", entries: entries)
    }

    func key(from keys: PageKeys) -> Fingerprint? { nil }
}

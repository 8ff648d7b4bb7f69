import HubModel
import HubSupport

/// The learning one committee published, grouped by type.
struct CommitteePage: SitePage {
    let committee: Committee

    var path: String { SitePaths.committee(committee.id) }
    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page: path, title: committee.name,
                        intro: committee.area.isEmpty ? "" : "Learning published by the committee for \(committee.area).",
                        indices: factory.hub.documentsByCommittee[committee.id] ?? [], grouped: true,
                        parent: LinkView(href: SitePaths.committees, label: "Committees"))
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.list(keys.hub.documentsByCommittee[committee.id] ?? [], at: path)
    }

    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: dates.latest(dates.hub.documentsByCommittee[committee.id]))
    }
}

import HubModel
import HubSupport

/// The learning one committee published, grouped by type.
struct CommitteePage: SitePage {
    let committee: Committee

    var path: String { SitePaths.committee(committee.id) }
    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page: path, title: committee.name, intro: Self.intro(committee),
                        indices: factory.hub.documentsByCommittee[committee.id] ?? [], grouped: true,
                        parent: LinkView(href: SitePaths.committees, label: "Committees"))
    }

    /// "An adult protection committee. Learning published by the committee for North Shire."
    static func intro(_ committee: Committee) -> String {
        let kind = committee.kind.map { "\(committee.name) is \($0.nameInSentence)." } ?? ""
        let area = committee.area.isEmpty ? "" : "Learning published by the committee for \(committee.area)."
        return [kind, area].filter { !$0.isEmpty }.joined(separator: " ")
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.list(keys.hub.documentsByCommittee[committee.id] ?? [], at: path)
    }

    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: dates.latest(dates.hub.documentsByCommittee[committee.id]))
    }
}

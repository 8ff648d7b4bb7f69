import HubModel
import HubSupport

/// Every review, every learning brief or every seven-minute briefing.
struct KindIndexPage: SitePage {
    let kind: DocumentKind

    /// The kinds that have such a page (free pages have none).
    static let listedKinds: [DocumentKind] = [.review, .brief, .briefing]

    var path: String { SitePaths.kind(kind) }
    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        let intro: String
        switch kind {
        case .review: intro = "Anonymised reports and published summaries of case reviews, with their recommendations."
        case .brief: intro = "Short accounts of the learning from reviews, for practitioners and managers."
        case .briefing: intro = "One-page briefings to read aloud in a team meeting in about seven minutes."
        case .page: intro = ""
        }
        return factory.listing(page: path, title: kind.pluralName, intro: intro,
                               indices: factory.hub.documentsByKind[kind] ?? [], grouped: false, parent: nil)
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.list(keys.hub.documentsByKind[kind] ?? [], at: path)
    }

    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: dates.latest(dates.hub.documentsByKind[kind]))
    }
}

import HubModel
import HubSupport

/// The learning published in one year, grouped by type.
struct YearPage: SitePage {
    let year: Int

    var path: String { SitePaths.year(year) }
    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page: path, title: "Published in \(year)", intro: "", indices: factory.hub.documentsByYear[year] ?? [],
                        grouped: true, parent: LinkView(href: SitePaths.years, label: "Years"))
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.list(keys.hub.documentsByYear[year] ?? [], at: path)
    }

    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: dates.latest(dates.hub.documentsByYear[year]))
    }
}

import HubModel
import HubSupport

/// Every published review of one type.
struct ReviewTypePage: SitePage {
    let type: ReviewType

    var path: String { SitePaths.reviewType(type) }
    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page: path, title: type.displayName + "s", intro: "Every published \(type.displayName.lowercased()) in the hub.",
                        indices: factory.hub.documentsByReviewType[type] ?? [], grouped: false,
                        parent: LinkView(href: SitePaths.reviewTypes, label: "Review types"))
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.list(keys.hub.documentsByReviewType[type] ?? [], at: path)
    }

    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: dates.latest(dates.hub.documentsByReviewType[type]))
    }
}

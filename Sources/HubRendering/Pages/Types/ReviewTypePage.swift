import HubModel
import HubSupport

/// Every published review of one type, after a sentence on what that type of review is and where it is used.
struct ReviewTypePage: SitePage {
    let type: ReviewType

    var path: String { SitePaths.reviewType(type) }
    var template: String { "listing" }

    /// "A safeguarding adults review is ... Used in England. Every published safeguarding adults review in the hub."
    static func intro(_ type: ReviewType) -> String {
        "\(type.explanation) \(type.nationSentence) Every published \(type.nameInText) in the hub."
    }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page: path, title: type.pluralName, intro: Self.intro(type),
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

import HubModel
import HubSupport

/// A page of the published reviews of one type, newest first.
struct ReviewTypePage: DocumentListPage {
    let type: ReviewType
    /// The public reviews of the type, newest first.
    let documents: [Int]
    let page: ListPage

    /// Every page of the list of reviews of `type`.
    static func pages(of type: ReviewType, in hub: Hub) -> [ReviewTypePage] {
        let (documents, listPages) = pages(of: SitePaths.reviewType(type), listing: hub.documentsByReviewType[type], in: hub)
        return listPages.map { ReviewTypePage(type: type, documents: documents, page: $0) }
    }

    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page, documents: documents, title: type.displayName + "s",
                        intro: "Every published \(type.displayName.lowercased()) in the hub.", noun: .reviews, countsKinds: false,
                        parents: [LinkView(href: SitePaths.reviewTypes, label: "Review types")])
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.listPage(documents, page)
    }
}

import HubModel
import HubSupport

/// A page of the published reviews of one type, newest first, after a sentence on what that type of review
/// is and where it is used.
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

    /// "A safeguarding adults review is ... Used in England. Every published safeguarding adults review in the hub."
    static func intro(_ type: ReviewType) -> String {
        "\(type.explanation) \(type.nationSentence) Every published \(type.nameInText) in the hub."
    }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page, documents: documents, title: type.pluralName,
                        intro: Self.intro(type), noun: .reviews, countsKinds: false,
                        parents: [LinkView(href: SitePaths.reviewTypes, label: "Review types")])
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.listPage(documents, page)
    }
}

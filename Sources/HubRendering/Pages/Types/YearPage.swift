import HubModel
import HubSupport

/// A page of the learning published in one year, newest first.
struct YearPage: DocumentListPage {
    let year: Int
    /// The year's public documents, newest first.
    let documents: [Int]
    let page: ListPage

    /// Every page of the year's list.
    static func pages(of year: Int, in hub: Hub) -> [YearPage] {
        let (documents, listPages) = pages(of: SitePaths.year(year), listing: hub.documentsByYear[year], in: hub)
        return listPages.map { YearPage(year: year, documents: documents, page: $0) }
    }

    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page, documents: documents, title: "Published in \(year)", intro: nil, noun: .documents,
                        countsKinds: true, parents: [LinkView(href: SitePaths.years, label: "Years")])
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.listPage(documents, page, countsKinds: true)
    }
}

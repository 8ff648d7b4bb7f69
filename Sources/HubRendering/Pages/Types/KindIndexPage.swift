import HubModel
import HubSupport

/// A page of every review, every learning brief or every seven-minute briefing, newest first.
struct KindIndexPage: DocumentListPage {
    let kind: DocumentKind
    /// The public documents of the kind, newest first.
    let documents: [Int]
    let page: ListPage

    /// The kinds that have such a list (free pages have none).
    static let listedKinds: [DocumentKind] = [.review, .brief, .briefing]

    /// Every page of the list of `kind`.
    static func pages(of kind: DocumentKind, in hub: Hub) -> [KindIndexPage] {
        let (documents, listPages) = pages(of: SitePaths.kind(kind), listing: hub.documentsByKind[kind], in: hub)
        return listPages.map { KindIndexPage(kind: kind, documents: documents, page: $0) }
    }

    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        let intro: String?
        switch kind {
        case .review: intro = "Anonymised reports and published summaries of case reviews, with their recommendations."
        case .brief: intro = "Short accounts of the learning from reviews, for practitioners and managers."
        case .briefing: intro = "One-page briefings to read aloud in a team meeting in about seven minutes."
        case .page: intro = nil
        }
        return factory.listing(page, documents: documents, title: kind.pluralName, intro: intro, noun: ListNoun(kind),
                               countsKinds: false, parents: [])
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.listPage(documents, page)
    }
}

import HubModel
import HubSupport

/// A page of the learning one committee published, newest first.
struct CommitteePage: DocumentListPage {
    let committee: Committee
    /// The committee's public documents, newest first.
    let documents: [Int]
    let page: ListPage

    /// Every page of the committee's list (one, saying so, when it has published nothing).
    static func pages(of committee: Committee, in hub: Hub) -> [CommitteePage] {
        let (documents, listPages) = pages(of: SitePaths.committee(committee.id), listing: hub.documentsByCommittee[committee.id], in: hub)
        return listPages.map { CommitteePage(committee: committee, documents: documents, page: $0) }
    }

    var template: String { "listing" }

    func view(from factory: PageViewFactory) -> Any {
        factory.listing(page, documents: documents, title: committee.name,
                        intro: Self.intro(committee),
                        noun: .documents, countsKinds: true, parents: [LinkView(href: SitePaths.committees, label: "Committees")])
    }

    /// "An adult protection committee. Learning published by the committee for North Shire."
    static func intro(_ committee: Committee) -> String {
        let kind = committee.kind.map { "\(committee.name) is \($0.nameInSentence)." } ?? ""
        let area = committee.area.isEmpty ? "" : "Learning published by the committee for \(committee.area)."
        return [kind, area].filter { !$0.isEmpty }.joined(separator: " ")
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.listPage(documents, page, countsKinds: true)
    }
}

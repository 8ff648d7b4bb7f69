import Foundation
import HubModel
import HubSupport

/// A key for each page that changes whenever anything the page shows may have changed, so that an
/// incremental build renders again only the pages an edit touches and keeps the rest.
///
/// A document's *content key* covers its own page (its front matter and rendered body, as
/// `DocumentContent.fingerprint`, its publication state and which recommendations are overdue); its
/// *listing key* covers the entry it gets in lists (what `DocumentSummaryView` shows, from the same
/// view). A document page depends on its content key and the listing keys of the documents it shows
/// (related learning, its source review, the learning drawn from it); a page of a list on the listing
/// keys of the entries it shows and the list's length; the glance and the tracker's pages on every
/// document's front matter and state, and on the date.
///
/// The keys are worked out only when an output asks for one (one that keeps nothing never does), then
/// all at once.
final class PageKeys: @unchecked Sendable {
    let hub: Hub
    /// Stands for what every page shows besides its own content: the hub's settings, the site theme's
    /// templates and the navigation.
    private let site: Fingerprint
    private let listing: @Sendable (Int) -> Fingerprint
    private let lock = NSLock()
    // Made once, under `lock`, when the first key is asked for.
    private var made: DocumentKeys?

    /// Every document's content and listing keys, and what the glance and the tracker show.
    private struct DocumentKeys {
        let contents: [Fingerprint]
        let listings: [Fingerprint]
        let everything: Fingerprint
    }

    /// `listing` gives a document's listing key from what its list entry shows.
    init(hub: Hub, theme: Fingerprint, navigation: [String?], listing: @escaping @Sendable (Int) -> Fingerprint) {
        self.hub = hub
        self.listing = listing
        var hasher = StableHasher()
        hasher.combine("pages")
        hasher.combine(theme)
        hasher.combine(hub.config.fingerprint)
        for path in navigation { hasher.combine(path) }
        site = hasher.finalize()
    }

    /// The key of document `index`'s page, whose related learning is `related`.
    func documentPage(_ index: Int, related: [Int]) -> Fingerprint {
        let keys = documentKeys
        return key(at: hub.documents[index].sitePath) { hasher in
            hasher.combine(keys.contents[index])
            combine(hub.derivedLearning[index] ?? [], keys, into: &hasher)
            combine(hub.sourceReviews[index] ?? [], keys, into: &hasher)
            combine(related, keys, into: &hasher)
        }
    }

    /// The key of `page` of the list `documents`: the listing keys of the documents it shows, and the
    /// length of the list (which its count and its links to other pages show); on its first page, when
    /// `countsKinds`, how many documents of each kind the list holds.
    func listPage(_ documents: [Int], _ page: ListPage, countsKinds: Bool = false) -> Fingerprint {
        let keys = documentKeys
        return key(at: page.path) { hasher in
            hasher.combine(page.total)
            combine(Array(documents[page.range]), keys, into: &hasher)
            if countsKinds && page.isFirst { combineKinds(of: documents, into: &hasher) }
        }
    }

    /// The key of `page` of a theme's `documents`: as `listPage`, and on the first page the themes that occur with it.
    func themePage(_ id: String, documents: [Int], _ page: ListPage) -> Fingerprint {
        let keys = documentKeys
        return key(at: page.path) { hasher in
            hasher.combine(page.total)
            combine(Array(documents[page.range]), keys, into: &hasher)
            guard page.isFirst else { return }
            combineKinds(of: documents, into: &hasher)
            for item in hub.themeCooccurrence[id] ?? [] {
                hasher.combine(item.themeID)
                hasher.combine(item.count)
            }
        }
    }

    /// How many of `documents` are of each kind.
    private func combineKinds(of documents: [Int], into hasher: inout StableHasher) {
        var counts: [DocumentKind: Int] = [:]
        for index in documents { counts[hub.documents[index].kind, default: 0] += 1 }
        for kind in DocumentKind.allCases { hasher.combine(counts[kind] ?? 0) }
    }

    /// The key of a page that shows every document and recommendation (the glance, the tracker).
    func everything(at path: String) -> Fingerprint {
        let keys = documentKeys
        return key(at: path) { $0.combine(keys.everything) }
    }

    private func key(at path: String, _ combine: (inout StableHasher) -> Void) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(site)
        hasher.combine(path)
        combine(&hasher)
        return hasher.finalize()
    }

    /// The listing keys of `indices`, in order, with their count so that lists never run together.
    private func combine(_ indices: [Int], _ keys: DocumentKeys, into hasher: inout StableHasher) {
        hasher.combine(indices.count)
        for index in indices { hasher.combine(keys.listings[index]) }
    }

    private var documentKeys: DocumentKeys {
        lock.withLock {
            if let made { return made }
            let keys = makeDocumentKeys()
            made = keys
            return keys
        }
    }

    private func makeDocumentKeys() -> DocumentKeys {
        let (hub, listing) = (self.hub, self.listing)
        let keys = Parallel.map(Array(hub.documents.indices)) { index in
            (content: Self.contentKey(hub.documents[index], state: hub.states[index], today: hub.today), listing: listing(index))
        }
        // Whatever the glance and the tracker show comes from the front matter, the state and the date.
        var all = StableHasher()
        all.combine(hub.today.description)
        all.combine(hub.documents.count)
        for (document, state) in zip(hub.documents, hub.states) {
            all.combine(document.metadata.fingerprint)
            all.combine(state)
        }
        return DocumentKeys(contents: keys.map(\.content), listings: keys.map(\.listing), everything: all.finalize())
    }

    private static func contentKey(_ document: Document, state: PublicationState, today: CalendarDate) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("content")
        hasher.combine(document.sourcePath)
        hasher.combine(document.kind.rawValue)
        hasher.combine(document.content.fingerprint)
        hasher.combine(state)
        for recommendation in document.review?.recommendations ?? [] {
            hasher.combine(recommendation.isOverdue(on: today))
        }
        return hasher.finalize()
    }
}

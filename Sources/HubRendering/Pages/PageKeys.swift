import HubSupport
import HubModel

/// A key for each page that changes whenever anything the page shows may have changed, so that an
/// incremental build re-renders only the pages an edit touches and keeps the rest.
///
/// A document's *content key* covers its own page (its source front matter and rendered body, as
/// `Document.contentFingerprint`, its publication state and which recommendations are overdue); its *listing key* covers the
/// entry it gets in lists (title, summary, date, kind, themes, state and address). A document page
/// depends on its content key and the listing keys of the documents it shows (related learning,
/// its source review, the learning drawn from it); a list page depends on the listing keys of its
/// entries; the glance and the tracker depend on every document's listing key and recommendations,
/// and on the date. Small pages made from counts (home, directories, search) have no key and are
/// always rendered.
struct PageKeys: Sendable {
    private let site: Fingerprint
    private let contents: [Fingerprint]
    private let listings: [Fingerprint]
    /// Every document's listing and recommendations, and the date: what the glance and tracker show.
    private let everything: Fingerprint
    private let hub: Hub

    /// `environment` stands for everything outside the hub that shapes every page: the generator
    /// and the site theme's templates.
    init(hub: Hub, environment: Fingerprint, navigation: [String?]) {
        self.hub = hub
        var hasher = StableHasher()
        hasher.combine("pages")
        hasher.combine(environment)
        hasher.combine(hub.config.fingerprint)
        for path in navigation { hasher.combine(path) }
        site = hasher.finalize()
        let indices = Array(hub.documents.indices)
        let keys: [(content: Fingerprint, listing: Fingerprint, recommendations: Fingerprint)] = Parallel.map(indices) { index in
            var recommendations = StableHasher()
            Self.combine(hub.documents[index].review?.recommendations ?? [], today: hub.today, into: &recommendations)
            return (Self.contentKey(hub.documents[index], state: hub.states[index], today: hub.today),
                    Self.listingKey(hub.documents[index], state: hub.states[index]), recommendations.finalize())
        }
        contents = keys.map(\.content)
        listings = keys.map(\.listing)
        var all = StableHasher()
        all.combine(hub.today.description)
        for key in keys {
            all.combine(key.listing)
            all.combine(key.recommendations)
        }
        everything = all.finalize()
    }

    /// The key of `page` at `path`, or nil when it is always rendered; `related` is a document
    /// page's related learning (empty for other pages).
    func key(for page: SitePage, at path: String, related: [Int]) -> Fingerprint? {
        var hasher = StableHasher()
        hasher.combine(site)
        hasher.combine(path)
        switch page {
        case .document(let index):
            hasher.combine(contents[index])
            combine(hub.derivedLearning[index] ?? [], into: &hasher)
            combine(hub.sourceReview[index].map { [$0] } ?? [], into: &hasher)
            combine(related, into: &hasher)
        case .kindIndex(let kind):
            combine(hub.documentsByKind[kind] ?? [], into: &hasher)
        case .reviewType(let type):
            combine(hub.documentsByReviewType[type] ?? [], into: &hasher)
        case .committee(let committee):
            combine(hub.documentsByCommittee[committee.id] ?? [], into: &hasher)
        case .year(let year):
            combine(hub.documentsByYear[year] ?? [], into: &hasher)
        case .theme(let theme):
            combine(hub.documentsByTheme[theme.id] ?? [], into: &hasher)
            for item in hub.themeCooccurrence[theme.id] ?? [] {
                hasher.combine(item.themeID)
                hasher.combine(item.count)
            }
        case .glance, .recommendations:
            hasher.combine(everything)
        case .home, .themeIndex, .reviewTypeIndex, .committeeIndex, .yearIndex, .search:
            return nil
        }
        return hasher.finalize()
    }

    /// The listing keys of `indices`, in order, with their count so that lists never run together.
    private func combine(_ indices: [Int], into hasher: inout StableHasher) {
        hasher.combine(indices.count)
        for index in indices { hasher.combine(listings[index]) }
    }

    private static func combine(_ recommendations: [Recommendation], today: CalendarDate, into hasher: inout StableHasher) {
        hasher.combine(recommendations.count)
        for item in recommendations {
            for text in [item.id, item.text, item.target.rawValue, item.category.rawValue, item.status.rawValue] {
                hasher.combine(text)
            }
            hasher.combine(item.owner)
            hasher.combine(item.due?.description)
            hasher.combine(item.isOverdue(on: today))
        }
    }

    private static func contentKey(_ document: Document, state: PublicationState, today: CalendarDate) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("content")
        hasher.combine(document.sourcePath)
        hasher.combine(document.kind.rawValue)
        hasher.combine(document.contentFingerprint)
        hasher.combine(state)
        for recommendation in document.review?.recommendations ?? [] {
            hasher.combine(recommendation.isOverdue(on: today))
        }
        return hasher.finalize()
    }

    private static func listingKey(_ document: Document, state: PublicationState) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("listing")
        hasher.combine(document.sitePath)
        hasher.combine(document.kind.rawValue)
        hasher.combine(document.title)
        hasher.combine(document.summary)
        hasher.combine(document.published?.year ?? 0)
        hasher.combine(document.published?.month ?? 0)
        hasher.combine(document.published?.day ?? 0)
        hasher.combine(document.learningThemeIDs.count)
        for theme in document.learningThemeIDs { hasher.combine(theme) }
        hasher.combine(state)
        return hasher.finalize()
    }
}

/// The knowledge-hub model: the published documents and the links between them.
///
/// Documents are referred to by their position in `documents`, which is
/// sorted newest first. Every index is built in one pass over the documents.
public struct Hub: Sendable {
    public let config: HubConfig
    /// The date publication was judged against (embargoes, withdrawals, overdue recommendations).
    public let today: CalendarDate
    /// Every document that appears on the site, newest first, then by title (drafts too, in a preview).
    public let documents: [Document]
    /// `states[i]` is where `documents[i]` stands on `today`, worked out once for every output.
    public let states: [PublicationState]
    /// The documents the public may see (published or withdrawn, never a previewed draft), in order.
    public let publicDocuments: [Document]
    /// Files under `assets/` that published documents link to, relative to the content folder.
    public let assets: [String]
    /// Whom the hub's learning is about: as `hub.yaml` declares it, or else as its public reviews show it.
    public let scope: HubScope

    public let documentsByKind: [DocumentKind: [Int]]
    public let documentsByTheme: [String: [Int]]
    public let documentsByCommittee: [String: [Int]]
    public let documentsByReviewType: [ReviewType: [Int]]
    public let documentsByYear: [Int: [Int]]
    /// For a review: the briefs, briefings and overview reports drawn from it, newest first.
    public let derivedLearning: [Int: [Int]]
    /// For a brief, briefing or overview report: the reviews it draws on, in the order its `review:` lists them.
    public let sourceReviews: [Int: [Int]]
    /// For each theme, the themes that share documents with it, most often first.
    public let themeCooccurrence: [String: [ThemeCooccurrence]]

    public init(config: HubConfig, today: CalendarDate, documents unsorted: [Document], assets: [String]) {
        self.config = config
        self.today = today
        self.assets = assets.sorted()
        let documents = Self.newestFirst(unsorted)
        self.documents = documents
        let states = documents.map { $0.publicationState(on: today) }
        self.states = states
        publicDocuments = zip(documents, states).filter { $1.isVisible }.map(\.0)
        scope = config.scope ?? HubScope.inferred(from: publicDocuments.lazy.compactMap { $0.review?.subject })
        let indexes = HubIndexes(documents: documents, declaredThemes: config.learningThemes.map(\.id))
        documentsByKind = indexes.byKind
        documentsByTheme = indexes.themes.documentsByTheme
        documentsByCommittee = indexes.byCommittee
        documentsByReviewType = indexes.byReviewType
        documentsByYear = indexes.byYear
        derivedLearning = indexes.derivedLearning
        sourceReviews = indexes.sourceReviews
        themeCooccurrence = indexes.themes.cooccurrence
    }

    /// Newest first, then by title and path. Dates are worked out once, not twice a comparison; titles
    /// are compared only between documents of one date.
    private static func newestFirst(_ documents: [Document]) -> [Document] {
        let undated = CalendarDate(year: 1, month: 1, day: 1)!
        let dates = documents.map { $0.published ?? undated }
        return documents.indices.sorted { left, right in
            if dates[left] != dates[right] { return dates[left] > dates[right] }
            let (first, second) = (documents[left], documents[right])
            return (first.title, first.sourcePath) < (second.title, second.sourcePath)
        }.map { documents[$0] }
    }

    /// True when the public may see `documents[index]`: lists, counts, feeds, search and the catalogue hold only these.
    public func isPublic(_ index: Int) -> Bool { states[index].isVisible }

    /// The documents at `indices`.
    public func documents(_ indices: [Int]?) -> [Document] {
        (indices ?? []).map { documents[$0] }
    }
}

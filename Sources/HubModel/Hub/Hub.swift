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

    public let documentsByKind: [DocumentKind: [Int]]
    public let documentsByTheme: [String: [Int]]
    public let documentsByCommittee: [String: [Int]]
    public let documentsByReviewType: [ReviewType: [Int]]
    public let documentsByYear: [Int: [Int]]
    /// For a review: the briefs and briefings drawn from it.
    public let derivedLearning: [Int: [Int]]
    /// For a brief or briefing: the review it draws on.
    public let sourceReview: [Int: Int]
    /// For each theme, the themes that share documents with it, most often first.
    public let themeCooccurrence: [String: [ThemeCooccurrence]]

    public init(config: HubConfig, today: CalendarDate, documents unsorted: [Document], assets: [String]) {
        self.config = config
        self.today = today
        self.assets = assets.sorted()
        // Dates worked out once, not twice a comparison; titles are compared only between documents of one date.
        let undated = CalendarDate(year: 1, month: 1, day: 1)!
        let dates = unsorted.map { $0.published ?? undated }
        let documents = unsorted.indices.sorted { left, right in
            if dates[left] != dates[right] { return dates[left] > dates[right] }
            let (first, second) = (unsorted[left], unsorted[right])
            return (first.title, first.sourcePath) < (second.title, second.sourcePath)
        }.map { unsorted[$0] }
        self.documents = documents
        let states = documents.map { $0.publicationState(on: today) }
        self.states = states
        publicDocuments = zip(documents, states).filter { $1.isVisible }.map(\.0)

        var byKind: [DocumentKind: [Int]] = [:]
        var byCommittee: [String: [Int]] = [:]
        var byReviewType: [ReviewType: [Int]] = [:]
        var byYear: [Int: [Int]] = [:]
        var reviewBySlug: [String: Int] = [:]
        // Themes by number (declared ones first, in order), so that counting pairs hashes no strings.
        var themeIDs = config.learningThemes.map(\.id)
        var themeNumbers = Dictionary(themeIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var byThemeNumber = [[Int]](repeating: [], count: themeIDs.count)
        var pairCounts = [[Int]](repeating: [Int](repeating: 0, count: themeIDs.count), count: themeIDs.count)
        func number(of theme: String) -> Int {
            if let number = themeNumbers[theme] { return number }
            // Not declared (a hub with errors is not built, but tests may build one): numbered after the rest.
            themeNumbers[theme] = themeIDs.count
            themeIDs.append(theme)
            byThemeNumber.append([])
            for row in pairCounts.indices { pairCounts[row].append(0) }
            pairCounts.append([Int](repeating: 0, count: themeIDs.count))
            return themeIDs.count - 1
        }
        var numbers: [Int] = []
        for (index, document) in documents.enumerated() {
            byKind[document.kind, default: []].append(index)
            if document.kind == .review { reviewBySlug[document.slug] = index }
            guard document.kind.carriesLearning else { continue }
            numbers.removeAll(keepingCapacity: true)
            for theme in document.learningThemeIDs {
                let number = number(of: theme)
                byThemeNumber[number].append(index)
                numbers.append(number)
            }
            for first in numbers.indices {
                for second in numbers.indices where numbers[second] != numbers[first] {
                    pairCounts[numbers[first]][numbers[second]] += 1
                }
            }
            if let committee = document.committeeID { byCommittee[committee, default: []].append(index) }
            if let type = document.review?.reviewType { byReviewType[type, default: []].append(index) }
            if let year = document.year { byYear[year, default: []].append(index) }
        }
        var derived: [Int: [Int]] = [:]
        var source: [Int: Int] = [:]
        for (index, document) in documents.enumerated() {
            if let slug = document.sourceReviewSlug, let review = reviewBySlug[slug] {
                derived[review, default: []].append(index)
                source[index] = review
            }
        }
        documentsByKind = byKind
        documentsByTheme = Dictionary(uniqueKeysWithValues: themeIDs.indices.compactMap { number in
            byThemeNumber[number].isEmpty ? nil : (themeIDs[number], byThemeNumber[number])
        })
        documentsByCommittee = byCommittee
        documentsByReviewType = byReviewType
        documentsByYear = byYear
        derivedLearning = derived
        sourceReview = source
        // Most often first, then in the order the themes are declared.
        themeCooccurrence = Dictionary(uniqueKeysWithValues: themeIDs.indices.compactMap { number in
            let counts = pairCounts[number]
            let others = themeIDs.indices.filter { counts[$0] > 0 }
            guard !others.isEmpty else { return nil }
            let sorted = others.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
            return (themeIDs[number], sorted.map { ThemeCooccurrence(themeID: themeIDs[$0], count: counts[$0]) })
        })
    }

    /// True when the public may see `documents[index]`: lists, counts, feeds, search and the catalogue hold only these.
    public func isPublic(_ index: Int) -> Bool { states[index].isVisible }

    /// The documents at `indices`.
    public func documents(_ indices: [Int]?) -> [Document] {
        (indices ?? []).map { documents[$0] }
    }
}

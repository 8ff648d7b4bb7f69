import HubModel

/// The facet values of every indexed document, encoded one short code per document,
/// so that the client can count and filter any result set without further downloads.
public struct SearchFacets: Sendable {
    /// One facet value as the client shows it.
    public struct Value: Encodable, Sendable, Equatable {
        public let id: String
        public let label: String
    }

    /// The facets in display order, with their values; code `n` in `codes` means `values[n - 1]`, 0 none.
    public let types: [Value]
    public let themes: [Value]
    public let reviewTypes: [Value]
    public let committees: [Value]
    public let years: [Value]

    public let typeCodes: [Int]
    public let reviewTypeCodes: [Int]
    public let committeeCodes: [Int]
    public let yearCodes: [Int]
    /// Per document, a bit set of learning themes (bit `i` for `themes[i]`).
    public let themeBits: [UInt64]

    public init(hub: Hub, documents: [Document]) {
        let types = [DocumentKind.review, .brief, .briefing, .page].map { Value(id: $0.rawValue, label: $0.singularName) }
        let themes = hub.config.learningThemes.map { Value(id: $0.id, label: $0.title) }
        let reviewTypes = ReviewType.allCases.map { Value(id: $0.rawValue, label: $0.displayName) }
        let committees = hub.config.committees.map { Value(id: $0.id, label: $0.name) }
        self.types = types
        self.themes = themes
        self.reviewTypes = reviewTypes
        self.committees = committees
        let yearList = Set(documents.compactMap(\.year)).sorted(by: >)
        let typeIndex = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1.id, $0 + 1) })
        let themeIndex = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1.id, $0) })
        let reviewTypeIndex = Dictionary(uniqueKeysWithValues: reviewTypes.enumerated().map { ($1.id, $0 + 1) })
        let committeeIndex = Dictionary(uniqueKeysWithValues: committees.enumerated().map { ($1.id, $0 + 1) })
        let yearIndex = Dictionary(uniqueKeysWithValues: yearList.enumerated().map { ($1, $0 + 1) })
        var typeCodes: [Int] = [], reviewTypeCodes: [Int] = [], committeeCodes: [Int] = [], yearCodes: [Int] = []
        var themeBits: [UInt64] = []
        for document in documents {
            typeCodes.append(typeIndex[document.kind.rawValue] ?? 0)
            reviewTypeCodes.append(document.review.flatMap { reviewTypeIndex[$0.reviewType.rawValue] } ?? 0)
            committeeCodes.append(document.committeeID.flatMap { committeeIndex[$0] } ?? 0)
            yearCodes.append(document.year.flatMap { yearIndex[$0] } ?? 0)
            themeBits.append(document.learningThemeIDs.reduce(UInt64(0)) { bits, id in
                guard let index = themeIndex[id], index < 64 else { return bits }
                return bits | (1 << UInt64(index))
            })
        }
        years = yearList.map { Value(id: String($0), label: String($0)) }
        self.typeCodes = typeCodes
        self.reviewTypeCodes = reviewTypeCodes
        self.committeeCodes = committeeCodes
        self.yearCodes = yearCodes
        self.themeBits = themeBits
    }
}

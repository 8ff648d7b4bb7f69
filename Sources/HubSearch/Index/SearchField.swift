/// The parts of a document the index weighs differently: a word in the title counts most.
public enum SearchField: String, Sendable, CaseIterable {
    case title, summary, headings, body

    /// How many times an occurrence counts towards the term's frequency.
    public var weight: Int {
        switch self {
        case .title: return 6
        case .summary: return 3
        case .headings: return 2
        case .body: return 1
        }
    }

    /// BM25F's `b` for the field: how much a longer field dilutes each occurrence.
    public var lengthNormalisation: Double {
        self == .body ? 0.75 : 0.5
    }
}

import HubSupport
import HubModel

/// A run of consecutive documents tokenised: each field's length in words and its terms' frequencies,
/// terms numbered in the run's own vocabulary (`terms`).
///
/// The vocabulary holds only the terms that occur, in ascending order of their UTF-8 bytes, so a
/// run is the same whether it was tokenised whole or made from an earlier run's documents.
public struct TokenisedRun: Sendable, Equatable {
    /// The documents of the run.
    public let range: Range<Int>
    /// What stands for each document's text (`SearchIndexBuilder.identity`), so that a later run can take its part.
    public let identities: [Fingerprint]
    /// The run's terms, by run term number, sorted by their UTF-8 bytes.
    public let terms: [String]
    /// `TermBytes.prefixKey` of each term, for merging the runs' vocabularies.
    public let termKeys: [UInt64]
    /// Per document of the run and field (`index * fieldCount + field`): the length in words.
    public let lengths: [Int]
    /// Per document and field, where its pairs end in `pairTerms` and `pairCounts` (they start where the previous end).
    public let pairEnds: [Int]
    /// (run term number, frequency) pairs, one per distinct term of a field, in the order the terms first
    /// appear in it: in memory, or read from the store when first asked for.
    public let pairs: TokenisedRunPairs

    public static let fieldCount = SearchField.allCases.count

    public init(range: Range<Int>, identities: [Fingerprint], terms: [String], lengths: [Int], pairEnds: [Int],
                pairs: TokenisedRunPairs) {
        self.range = range
        self.identities = identities
        self.terms = terms
        termKeys = terms.map(TermBytes.prefixKey)
        self.lengths = lengths
        self.pairEnds = pairEnds
        self.pairs = pairs
    }

    init(range: Range<Int>, identities: [Fingerprint], terms: [String], lengths: [Int], pairEnds: [Int],
         pairTerms: [Int32], pairCounts: [Int32]) {
        self.init(range: range, identities: identities, terms: terms, lengths: lengths, pairEnds: pairEnds,
                  pairs: TokenisedRunPairs(TokenisedRunPairs.Pairs(terms: pairTerms, counts: pairCounts)))
    }

    /// Whether the pairs can be had: false for a run read back from the store whose pairs cannot be read.
    public var hasPairs: Bool { pairs.value != nil }

    /// The run term number of each pair (empty if the pairs cannot be had: see `hasPairs`).
    var pairTerms: [Int32] { pairs.value?.terms ?? [] }
    /// The frequency of each pair (empty if the pairs cannot be had).
    var pairCounts: [Int32] { pairs.value?.counts ?? [] }

    public static func == (left: TokenisedRun, right: TokenisedRun) -> Bool {
        left.range == right.range && left.identities == right.identities && left.terms == right.terms
            && left.lengths == right.lengths && left.pairEnds == right.pairEnds && left.pairs.value == right.pairs.value
    }

    /// Tokenises the documents of `range`, whose fields `fields` gives; `identities` stands for each document's text.
    ///
    /// With a run of a previous build to reuse, the documents it has (by identity) are copied from it
    /// and only the others are asked for and tokenised: after one edit, one document of the run.
    init(range: Range<Int>, identities: [Fingerprint], reusing earlierRun: TokenisedRun? = nil, tokenizer: SearchTokenizer,
         fields: (Int) -> SearchIndexBuilder.Fields) {
        // A run whose pairs cannot be read lends nothing.
        let lent = earlierRun?.pairs.value
        let earlier = lent == nil ? nil : earlierRun
        // About how many distinct terms a run of hub documents has (tens of thousands in 1,000 documents).
        let table = TermTable(tokenizer: tokenizer, expectedTerms: min(range.count * 32, 1 << 16), terms: earlier?.terms ?? [])
        var positions: [Fingerprint: Int] = [:]
        if let earlier {
            positions.reserveCapacity(earlier.identities.count)
            for (position, identity) in earlier.identities.enumerated() { positions[identity] = position }
        }
        var lengths: [Int] = []
        var pairEnds: [Int] = []
        lengths.reserveCapacity(range.count * Self.fieldCount)
        pairEnds.reserveCapacity(range.count * Self.fieldCount)
        var pairTerms: [Int32] = []
        var pairCounts: [Int32] = []
        // The current field's frequency of each term, and the terms it has.
        var counts: [Int32] = []
        var present: [Int32] = []
        for document in range {
            if let earlier, let lent, let position = positions[identities[document]] {
                // The earlier run's term numbers are the table's first ones.
                for slot in position * Self.fieldCount..<(position + 1) * Self.fieldCount {
                    let start = slot == 0 ? 0 : earlier.pairEnds[slot - 1]
                    lengths.append(earlier.lengths[slot])
                    pairTerms.append(contentsOf: lent.terms[start..<earlier.pairEnds[slot]])
                    pairCounts.append(contentsOf: lent.counts[start..<earlier.pairEnds[slot]])
                    pairEnds.append(pairTerms.count)
                }
                continue
            }
            let texts = fields(document)
            for field in SearchField.allCases {
                let length = table.forEachTermID(in: texts.text(of: field)) { id in
                    let term = Int(id)
                    while term >= counts.count { counts.append(0) }
                    if counts[term] == 0 { present.append(id) }
                    counts[term] += 1
                }
                lengths.append(length)
                for id in present {
                    pairTerms.append(id)
                    pairCounts.append(counts[Int(id)])
                    counts[Int(id)] = 0
                }
                present.removeAll(keepingCapacity: true)
                pairEnds.append(pairTerms.count)
            }
        }
        let (terms, numbers) = Self.sortedVocabulary(table.terms, used: pairTerms, sortedPrefix: earlier?.terms.count ?? 0)
        self.init(range: range, identities: Array(identities[range]), terms: terms, lengths: lengths, pairEnds: pairEnds,
                  pairTerms: pairTerms.map { numbers[Int($0)] }, pairCounts: pairCounts)
    }

    /// The terms of `terms` that `used` numbers, sorted by their bytes, and each term's new number
    /// (-1 for an unused one). The first `sortedPrefix` terms (an earlier run's) are in order already:
    /// only the terms after them are sorted, then merged in.
    private static func sortedVocabulary(_ terms: [String], used: [Int32], sortedPrefix: Int) -> ([String], [Int32]) {
        var isUsed = [Bool](repeating: false, count: terms.count)
        for term in used { isUsed[Int(term)] = true }
        let old = (0..<sortedPrefix).filter { isUsed[$0] }
        let added = (sortedPrefix..<terms.count).filter { isUsed[$0] }
        let addedInOrder = TermVocabulary.sortedOrder(added.map { terms[$0] }).map { added[$0] }
        // Merge the two sorted lists of term numbers.
        var order: [Int] = []
        order.reserveCapacity(old.count + added.count)
        var a = 0, b = 0
        while a < old.count || b < addedInOrder.count {
            if b == addedInOrder.count || a < old.count && TermBytes.compare(terms[old[a]], terms[addedInOrder[b]]) < 0 {
                order.append(old[a])
                a += 1
            } else {
                order.append(addedInOrder[b])
                b += 1
            }
        }
        var numbers = [Int32](repeating: -1, count: terms.count)
        for (rank, term) in order.enumerated() { numbers[term] = Int32(rank) }
        return (order.map { terms[$0] }, numbers)
    }

    /// The total length of one field over the run's documents.
    func totalLength(field: Int) -> Int {
        stride(from: field, to: lengths.count, by: Self.fieldCount).reduce(0) { $0 + lengths[$1] }
    }
}

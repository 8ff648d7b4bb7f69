/// One run's postings weighed and grouped by the run's own term numbers: term `t` has
/// `documents[offsets[t]..<offsets[t + 1]]`, ascending, with their quantized BM25F weights in `weights`.
///
/// The run's terms and the vocabulary are both in the order of their UTF-8 bytes, so grouping by
/// the run's numbers puts the postings in the vocabulary's order too: only the offsets depend on
/// the vocabulary (`RunPostings`). The weights depend only on the run and the average field lengths,
/// so an incremental build keeps them with the run (`TokenisedRunStore`) and weighs again only the
/// runs whose documents changed, while the averages stay the same.
public struct WeighedRun: Sendable, Equatable {
    public let offsets: [Int32]
    public let documents: [Int32]
    public let weights: [UInt8]

    public init(offsets: [Int32], documents: [Int32], weights: [UInt8]) {
        self.offsets = offsets
        self.documents = documents
        self.weights = weights
    }

    /// Weighs `run`'s documents, field lengths normalised by `averages` (one per `SearchField`).
    init(_ run: TokenisedRun, averages: [Double]) {
        let postings = Self.weigh(run, averages: averages)
        (offsets, documents, weights) = Self.groupedByTerm(postings, termCount: run.terms.count)
    }

    /// Each document's postings, in document order: its terms, and their BM25F weights quantised to
    /// `SearchIndex.weightScale`.
    private static func weigh(_ run: TokenisedRun, averages: [Double]) -> (terms: [Int32], documents: [Int32], weights: [UInt8]) {
        let fieldCount = TokenisedRun.fieldCount
        let fieldWeights = SearchField.allCases.map { Double($0.weight) }
        let dilution = SearchField.allCases.map(\.lengthNormalisation)
        var postings = (terms: [Int32](), documents: [Int32](), weights: [UInt8]())
        postings.terms.reserveCapacity(run.pairTerms.count)
        postings.documents.reserveCapacity(run.pairTerms.count)
        postings.weights.reserveCapacity(run.pairTerms.count)
        // Per run term: its weighted frequency in the current document (0 when absent).
        var weighted = [Double](repeating: 0, count: run.terms.count)
        var present: [Int32] = []
        let (pairTerms, pairCounts) = (run.pairTerms, run.pairCounts)
        var pair = 0
        for (index, document) in run.range.enumerated() {
            for f in 0..<fieldCount {
                let slot = index * fieldCount + f
                let norm = 1 - dilution[f] + dilution[f] * Double(run.lengths[slot]) / averages[f]
                while pair < run.pairEnds[slot] {
                    let term = Int(pairTerms[pair])
                    // Every addend is positive, so 0 means "not yet in this document".
                    if weighted[term] == 0 { present.append(Int32(term)) }
                    weighted[term] += fieldWeights[f] * Double(pairCounts[pair]) / norm
                    pair += 1
                }
            }
            for term in present {
                postings.terms.append(term)
                postings.documents.append(Int32(document))
                postings.weights.append(quantised(weighted[Int(term)]))
                weighted[Int(term)] = 0
            }
            present.removeAll(keepingCapacity: true)
        }
        return postings
    }

    /// BM25's term-frequency part of a weighted frequency, scaled to 1...`SearchIndex.weightScale`.
    @inline(__always)
    private static func quantised(_ frequency: Double) -> UInt8 {
        let k1 = SearchIndex.k1, scale = Double(SearchIndex.weightScale)
        let component = frequency * (k1 + 1) / (frequency + k1)
        return UInt8(min(scale, max(1, (component / (k1 + 1) * scale).rounded())))
    }

    /// The postings grouped by term, keeping document order (a stable counting sort).
    private static func groupedByTerm(_ postings: (terms: [Int32], documents: [Int32], weights: [UInt8]),
                                      termCount: Int) -> (offsets: [Int32], documents: [Int32], weights: [UInt8]) {
        var offsets = [Int32](repeating: 0, count: termCount + 1)
        for term in postings.terms { offsets[Int(term) + 1] += 1 }
        for term in 0..<termCount { offsets[term + 1] += offsets[term] }
        var next = offsets
        var documents = [Int32](repeating: 0, count: postings.terms.count)
        var weights = [UInt8](repeating: 0, count: postings.terms.count)
        for (posting, term) in postings.terms.enumerated() {
            let position = Int(next[Int(term)])
            next[Int(term)] += 1
            documents[position] = postings.documents[posting]
            weights[position] = postings.weights[posting]
        }
        return (offsets, documents, weights)
    }

    /// Whether these could be `run`'s postings: one group per term, documents of the run ascending
    /// within each group, weights in range. A stored copy that fails this is not used.
    public func fits(_ run: TokenisedRun) -> Bool {
        guard offsets.count == run.terms.count + 1, offsets.first == 0, Int(offsets.last ?? -1) == documents.count,
              weights.count == documents.count,
              weights.allSatisfy({ $0 >= 1 && Int($0) <= SearchIndex.weightScale }) else { return false }
        let lower = Int32(run.range.lowerBound), upper = Int32(run.range.upperBound)
        for term in 0..<run.terms.count {
            let start = Int(offsets[term]), end = Int(offsets[term + 1])
            guard start <= end, end <= documents.count else { return false }
            var previous = lower - 1
            for document in documents[start..<end] {
                guard document > previous, document < upper else { return false }
                previous = document
            }
        }
        return true
    }
}

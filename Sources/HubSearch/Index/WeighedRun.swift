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
        let fieldCount = TokenisedRun.fieldCount
        let termCount = run.terms.count
        let fieldWeights = SearchField.allCases.map { Double($0.weight) }
        let dilution = SearchField.allCases.map(\.lengthNormalisation)
        var postingTerms: [Int32] = []
        var postingDocuments: [Int32] = []
        var postingWeights: [UInt8] = []
        postingTerms.reserveCapacity(run.pairTerms.count)
        postingDocuments.reserveCapacity(run.pairTerms.count)
        postingWeights.reserveCapacity(run.pairTerms.count)
        // Per run term: its weighted frequency in the current document (0 when absent).
        var weighted = [Double](repeating: 0, count: termCount)
        var present: [Int32] = []
        let k1 = SearchIndex.k1, scale = Double(SearchIndex.weightScale)
        run.pairTerms.withUnsafeBufferPointer { pairTerms in
        run.pairCounts.withUnsafeBufferPointer { pairCounts in
        run.pairEnds.withUnsafeBufferPointer { pairEnds in
        run.lengths.withUnsafeBufferPointer { lengths in
        weighted.withUnsafeMutableBufferPointer { weighted in
            var pair = 0
            for (index, document) in run.range.enumerated() {
                for f in 0..<fieldCount {
                    let slot = index * fieldCount + f
                    let norm = 1 - dilution[f] + dilution[f] * Double(lengths[slot]) / averages[f]
                    let end = pairEnds[slot]
                    while pair < end {
                        let term = Int(pairTerms[pair])
                        // Every addend is positive, so 0 means "not yet in this document".
                        if weighted[term] == 0 { present.append(Int32(term)) }
                        weighted[term] += fieldWeights[f] * Double(pairCounts[pair]) / norm
                        pair += 1
                    }
                }
                for term in present {
                    let tf = weighted[Int(term)]
                    let component = tf * (k1 + 1) / (tf + k1)
                    let weight = min(scale, max(1, (component / (k1 + 1) * scale).rounded()))
                    postingTerms.append(term)
                    postingDocuments.append(Int32(document))
                    postingWeights.append(UInt8(weight))
                    weighted[Int(term)] = 0
                }
                present.removeAll(keepingCapacity: true)
            }
        }
        }
        }
        }
        }

        // Group by term, keeping document order (a stable counting sort).
        var offsets = [Int32](repeating: 0, count: termCount + 1)
        var documents = [Int32](repeating: 0, count: postingTerms.count)
        var weightsByTerm = [UInt8](repeating: 0, count: postingTerms.count)
        offsets.withUnsafeMutableBufferPointer { offsets in
            for term in postingTerms { offsets[Int(term) + 1] += 1 }
            for term in 0..<termCount { offsets[term + 1] += offsets[term] }
            var next = Array(offsets)
            next.withUnsafeMutableBufferPointer { next in
                documents.withUnsafeMutableBufferPointer { documents in
                    weightsByTerm.withUnsafeMutableBufferPointer { weightsByTerm in
                        for (posting, term) in postingTerms.enumerated() {
                            let position = Int(next[Int(term)])
                            next[Int(term)] += 1
                            documents[position] = postingDocuments[posting]
                            weightsByTerm[position] = postingWeights[posting]
                        }
                    }
                }
            }
        }
        self.offsets = offsets
        self.documents = documents
        self.weights = weightsByTerm
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

/// One run's postings, grouped by term: term `t` has `documents[offsets[t]..<offsets[t + 1]]`,
/// ascending, with their quantized BM25F weights in `weights`.
struct RunPostings: Sendable {
    let offsets: [Int32]
    let documents: [Int32]
    let weights: [UInt8]

    /// Weighs `run`'s documents; `globalTerms` maps its term numbers into a vocabulary of `termCount` terms.
    init(_ run: TokenisedRun, globalTerms: [Int32], termCount: Int, averages: [Double]) {
        let fieldCount = TokenisedRun.fieldCount
        let weights = SearchField.allCases.map { Double($0.weight) }
        let dilution = SearchField.allCases.map(\.lengthNormalisation)
        var postingTerms: [Int32] = []
        var postingDocuments: [Int32] = []
        var postingWeights: [UInt8] = []
        postingTerms.reserveCapacity(run.pairTerms.count)
        postingDocuments.reserveCapacity(run.pairTerms.count)
        postingWeights.reserveCapacity(run.pairTerms.count)
        // Per run term: its weighted frequency in the current document (0 when absent).
        var weighted = [Double](repeating: 0, count: run.terms.count)
        var present: [Int32] = []
        let k1 = SearchIndex.k1, scale = Double(SearchIndex.weightScale)
        run.pairTerms.withUnsafeBufferPointer { pairTerms in
        run.pairCounts.withUnsafeBufferPointer { pairCounts in
        run.pairEnds.withUnsafeBufferPointer { pairEnds in
        run.lengths.withUnsafeBufferPointer { lengths in
        globalTerms.withUnsafeBufferPointer { globalTerms in
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
                        weighted[term] += weights[f] * Double(pairCounts[pair]) / norm
                        pair += 1
                    }
                }
                for term in present {
                    let tf = weighted[Int(term)]
                    let component = tf * (k1 + 1) / (tf + k1)
                    let weight = min(scale, max(1, (component / (k1 + 1) * scale).rounded()))
                    postingTerms.append(globalTerms[Int(term)])
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

    /// One run holding `postings` (`postings[t]` for term `t`, in ascending document order).
    init(_ postings: [[SearchIndex.Posting]]) {
        var offsets: [Int32] = [0]
        var documents: [Int32] = []
        var weights: [UInt8] = []
        for list in postings {
            for posting in list {
                documents.append(Int32(posting.document))
                weights.append(UInt8(posting.weight))
            }
            offsets.append(Int32(documents.count))
        }
        self.offsets = offsets
        self.documents = documents
        self.weights = weights
    }

    /// How many of the run's documents have `term`.
    @inline(__always)
    func count(of term: Int) -> Int {
        Int(offsets[term + 1] - offsets[term])
    }

    /// The postings of `term`: each run's, runs in document order.
    static func postings(of term: Int, in runs: [RunPostings]) -> [SearchIndex.Posting] {
        var count = 0
        for run in runs { count += Int(run.offsets[term + 1] - run.offsets[term]) }
        return [SearchIndex.Posting](unsafeUninitializedCapacity: count) { buffer, initialized in
            var position = 0
            for run in runs {
                for index in Int(run.offsets[term])..<Int(run.offsets[term + 1]) {
                    (buffer.baseAddress! + position).initialize(to: SearchIndex.Posting(
                        document: Int(run.documents[index]), weight: Int(run.weights[index])))
                    position += 1
                }
            }
            initialized = count
        }
    }
}

/// One run's postings, grouped by the vocabulary's term numbers: term `t` has
/// `documents[offsets[t]..<offsets[t + 1]]`, ascending, with their quantized BM25F weights in `weights`.
struct RunPostings: Sendable {
    let offsets: [Int32]
    let documents: [Int32]
    let weights: [UInt8]

    /// `weighed`'s postings, numbered by a vocabulary of `termCount` terms into which `globalTerms` maps the
    /// run's term numbers (in the same order, so the postings stay as they are: only the offsets are made).
    init(_ weighed: WeighedRun, globalTerms: [Int32], termCount: Int) {
        var offsets = [Int32](repeating: 0, count: termCount + 1)
        offsets.withUnsafeMutableBufferPointer { offsets in
            weighed.offsets.withUnsafeBufferPointer { local in
                for term in globalTerms.indices { offsets[Int(globalTerms[term]) + 1] = local[term + 1] - local[term] }
            }
            for term in 0..<termCount { offsets[term + 1] += offsets[term] }
        }
        self.offsets = offsets
        documents = weighed.documents
        weights = weighed.weights
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

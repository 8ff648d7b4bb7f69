/// An inverted index of a hub's published documents, ready to be written as shards.
public struct SearchIndex: Sendable {
    /// One document's entry: `weight` is its BM25 term-frequency component, quantized to 1...31.
    public struct Posting: Sendable, Equatable {
        public let document: Int
        public let weight: Int
    }

    /// BM25 parameters (`b` is per field: `SearchField.lengthNormalisation`).
    public static let k1 = 1.2
    public static let b = 0.75
    /// Largest quantized weight, standing for `k1 + 1`.
    public static let weightScale = 31

    public let documentCount: Int
    /// Terms in ascending order of their UTF-8 bytes (the order the client's binary search expects).
    public let terms: [String]
    public let averageLength: Double
    /// The postings, as each run of documents grouped them by term: a term's postings are its
    /// segment of each run, runs in document order. Kept so, they are written without being gathered.
    let runs: [RunPostings]

    init(documentCount: Int, terms: [String], runs: [RunPostings], averageLength: Double) {
        self.documentCount = documentCount
        self.terms = terms
        self.runs = runs
        self.averageLength = averageLength
    }

    /// An index of the given postings (`postings[i]` for `terms[i]`, in ascending document order).
    init(documentCount: Int, terms: [String], postings: [[Posting]], averageLength: Double) {
        self.init(documentCount: documentCount, terms: terms, runs: [RunPostings(postings)], averageLength: averageLength)
    }

    /// `postings[i]` belongs to `terms[i]`, in ascending document order. Gathers every list: for tests and tools.
    public var postings: [[Posting]] {
        terms.indices.map { RunPostings.postings(of: $0, in: runs) }
    }

    /// How many documents have `terms[term]`.
    func postingCount(of term: Int) -> Int {
        runs.reduce(0) { $0 + $1.count(of: term) }
    }

    /// One run's postings, as buffers (`RunPostings`'s arrays), for encoding without array accesses.
    struct RunBuffers {
        let offsets: UnsafeBufferPointer<Int32>
        let documents: UnsafeBufferPointer<Int32>
        let weights: UnsafeBufferPointer<UInt8>
    }

    /// Calls `body` with every run's buffers, valid only during the call.
    func withRunBuffers<Result>(_ body: ([RunBuffers]) -> Result) -> Result {
        var buffers: [RunBuffers] = []
        buffers.reserveCapacity(runs.count)
        func nest(_ run: Int) -> Result {
            guard run < runs.count else { return body(buffers) }
            return runs[run].offsets.withUnsafeBufferPointer { offsets in
                runs[run].documents.withUnsafeBufferPointer { documents in
                    runs[run].weights.withUnsafeBufferPointer { weights in
                        buffers.append(RunBuffers(offsets: offsets, documents: documents, weights: weights))
                        return nest(run + 1)
                    }
                }
            }
        }
        return nest(0)
    }

    /// Appends the postings of term number `term` of `runs` as (document gap, weight) pairs of `PostingsCoder` numbers; `alphabet` is `PostingsCoder.alphabet`,
    /// passed in so that the loop does not look up a global for every character.
    @inline(__always)
    static func appendEncodedPostings(of term: Int, in runs: [RunBuffers], alphabet: [UInt8], to bytes: inout [UInt8]) {
        var previous: Int32 = -1
        for run in runs {
            for index in Int(run.offsets[term])..<Int(run.offsets[term + 1]) {
                let document = run.documents[index]
                PostingsCoder.append(Int(document - previous - 1), alphabet: alphabet, to: &bytes)
                PostingsCoder.append(Int(run.weights[index]), alphabet: alphabet, to: &bytes)
                previous = document
            }
        }
    }
}

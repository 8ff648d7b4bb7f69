/// A run of consecutive documents tokenised: each field's length in words and its terms' frequencies,
/// terms numbered in the run's own vocabulary (`terms`).
struct TokenisedRun: Sendable {
    /// The documents of the run.
    let range: Range<Int>
    /// The run's terms, by run term number, in order of first appearance.
    let terms: [String]
    /// Per document of the run and field (`index * fieldCount + field`): the length in words.
    let lengths: [Int]
    /// Per document and field, where its pairs end in `pairTerms` and `pairCounts` (they start where the previous end).
    let pairEnds: [Int]
    /// (run term number, frequency) pairs, one per distinct term of a field.
    let pairTerms: [Int32]
    let pairCounts: [Int32]

    static let fieldCount = SearchField.allCases.count

    init(range: Range<Int>, terms: [String], lengths: [Int], pairEnds: [Int], pairTerms: [Int32], pairCounts: [Int32]) {
        self.range = range
        self.terms = terms
        self.lengths = lengths
        self.pairEnds = pairEnds
        self.pairTerms = pairTerms
        self.pairCounts = pairCounts
    }

    init(documents: [SearchIndexBuilder.Fields], range: Range<Int>, tokenizer: SearchTokenizer) {
        // About how many distinct terms a run of hub documents has (tens of thousands in 1,000 documents).
        let table = TermTable(tokenizer: tokenizer, expectedTerms: min(range.count * 32, 1 << 16))
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
            for field in SearchField.allCases {
                let length = table.forEachTermID(in: documents[document].text(of: field)) { id in
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
        self.range = range
        self.terms = table.terms
        self.lengths = lengths
        self.pairEnds = pairEnds
        self.pairTerms = pairTerms
        self.pairCounts = pairCounts
    }

    /// The total length of one field over the run's documents.
    func totalLength(field: Int) -> Int {
        stride(from: field, to: lengths.count, by: Self.fieldCount).reduce(0) { $0 + lengths[$1] }
    }
}

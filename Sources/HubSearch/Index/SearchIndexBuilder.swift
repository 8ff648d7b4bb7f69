import HubSupport
import Foundation
import HubModel

/// Builds the inverted index: documents are tokenised in parallel runs, each run numbering its own
/// terms in their byte order; the runs' sorted term lists are merged into one vocabulary, and each
/// run's postings weighed by term number.
public struct SearchIndexBuilder: Sendable {
    private let tokenizer: SearchTokenizer

    /// An index of `tokenizer`'s terms (by default, without phrases).
    public init(tokenizer: SearchTokenizer = SearchTokenizer()) {
        self.tokenizer = tokenizer
    }

    /// The text of one document, by field.
    public struct Fields: Sendable {
        public var title: String
        public var summary: String
        public var headings: String
        public var body: String
        /// Stands for all four texts, when the caller knows one (a document's content fingerprint):
        /// then a run's key is made from these rather than by hashing every text.
        public var fingerprint: Fingerprint?

        func text(of field: SearchField) -> String {
            switch field {
            case .title: return title
            case .summary: return summary
            case .headings: return headings
            case .body: return body
            }
        }

        public init(title: String, summary: String, headings: String, body: String, fingerprint: Fingerprint? = nil) {
            self.fingerprint = fingerprint
            self.title = title
            self.summary = summary
            self.headings = headings
            self.body = body
        }
    }

    /// Indexes `documents`, whose positions become their document numbers.
    ///
    /// Scoring is BM25F: each field's term frequency is normalised by that field's length
    /// before the fields are weighed and summed, so a word in a long review's title counts
    /// as much as in a short briefing's title.
    ///
    /// The `memo` may remember runs whose documents' text is unchanged (an incremental build); a
    /// changed run then tokenises only the documents that its place's last run did not have. The caller
    /// tells the memo when the index is whole (`SearchRunMemo.indexFinished()`).
    public func build(_ documents: [Fields], memo: any SearchRunMemo = NoSearchRunMemo()) -> SearchIndex {
        build(count: documents.count, fingerprints: documents.map(\.fingerprint), memo: memo) { documents[$0] }
    }

    /// Indexes `count` documents whose fields `fields` gives when asked (through a memo, only for the
    /// documents tokenised again). `fingerprints[i]` stands for document `i`'s fields, if known.
    public func build(count: Int, fingerprints: [Fingerprint?], memo: any SearchRunMemo = NoSearchRunMemo(),
                      fields: @escaping @Sendable (Int) -> Fields) -> SearchIndex {
        // 1. Term frequencies and length of each field of each document, a run of documents per task.
        let runs = Self.runs(count)
        // What the tokenizer makes of the texts depends on its phrases too: a run of other phrases is not reused.
        let phrases = tokenizer.fingerprint
        let identities = (0..<count).map { Self.identity(fingerprints[$0] ?? Self.identity(of: fields($0)), phrases: phrases) }
        let tokenised = Parallel.map(Array(runs.indices)) { number -> TokenisedRun in
            memo.run(number, range: runs[number], identities: identities) { earlier in
                TokenisedRun(range: runs[number], identities: identities, reusing: earlier, tokenizer: tokenizer, fields: fields)
            }
        }
        let averages = Self.averageLengths(of: tokenised, count: count)

        // 2. One vocabulary, in ascending order of UTF-8 bytes; each run's term numbers mapped into it.
        let vocabulary = TermVocabulary(sortedRuns: tokenised.map(\.terms), prefixKeys: tokenised.map(\.termKeys))

        // 3. Each run's postings, grouped by term, documents in ascending order.
        let weighed = Parallel.map(Array(tokenised.indices)) { number -> RunPostings in
            let postings = memo.weighed(number, run: tokenised[number], averages: averages,
                                        weigh: { WeighedRun($0, averages: averages) },
                                        tokenise: { TokenisedRun(range: runs[number], identities: identities, tokenizer: tokenizer, fields: fields) })
            return RunPostings(postings, globalTerms: vocabulary.globalIDs[number], termCount: vocabulary.terms.count)
        }

        // Each term's postings are its segments of the runs, runs in document order: written from there.
        return SearchIndex(documentCount: count, terms: vocabulary.terms, runs: weighed, averageLength: averages.reduce(0, +))
    }

    /// Each field's average length over the documents, rounded (`rounded`).
    private static func averageLengths(of runs: [TokenisedRun], count: Int) -> [Double] {
        SearchField.allCases.indices.map { field in
            let total = runs.reduce(0) { $0 + $1.totalLength(field: field) }
            return rounded(count == 0 ? 1 : max(1, Double(total) / Double(count)))
        }
    }

    /// What stands for a document's text in the runs: its fingerprint, or else a hash of every field.
    static func identity(of document: Fields) -> Fingerprint {
        if let fingerprint = document.fingerprint { return fingerprint }
        var hasher = StableHasher()
        for field in SearchField.allCases { hasher.combine(document.text(of: field)) }
        return hasher.finalize()
    }

    /// A document's identity in the runs: its text's, with the tokenizer's phrases.
    static func identity(_ text: Fingerprint, phrases: Fingerprint) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(text)
        hasher.combine(phrases)
        return hasher.finalize()
    }

    /// An average field length rounded to 8 significant bits (within 0.2%, far less than one of the
    /// 31 weight steps), so that an edit seldom moves it: while it stays, the runs whose documents are
    /// unchanged keep their weights, and an incremental build weighs only the changed runs.
    static func rounded(_ average: Double) -> Double {
        guard average.isFinite, average > 0 else { return average }
        let step = Double(sign: .plus, exponent: average.exponent - 8, significand: 1)
        return (average / step).rounded() * step
    }

    /// Consecutive runs of documents, a few per core so that long documents even out.
    static func runs(_ count: Int) -> [Range<Int>] {
        let runCount = max(1, min(count / 64, ProcessInfo.processInfo.activeProcessorCount * 4))
        return (0..<runCount).map { count * $0 / runCount..<count * ($0 + 1) / runCount }
    }
}

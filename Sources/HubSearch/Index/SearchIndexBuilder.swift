import HubSupport
import Foundation
import HubModel

/// Builds the inverted index: documents are tokenised in parallel runs, each run numbering its own
/// terms in their byte order; the runs' sorted term lists are merged into one vocabulary, and each
/// run's postings weighed by term number.
public struct SearchIndexBuilder: Sendable {
    private let tokenizer = SearchTokenizer()

    public init() {}

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
    /// With a `store`, runs whose documents' text is unchanged are read back instead of tokenised,
    /// and a changed run tokenises only the documents that its place's last run did not have.
    public func build(_ documents: [Fields], store: TokenisedRunStore? = nil) -> SearchIndex {
        build(count: documents.count, fingerprints: documents.map(\.fingerprint), store: store) { documents[$0] }
    }

    /// Indexes `count` documents whose fields `fields` gives when asked: with a `store`, only for
    /// the documents tokenised again. `fingerprints[i]` stands for document `i`'s fields, if known.
    public func build(count: Int, fingerprints: [Fingerprint?], store: TokenisedRunStore? = nil,
                      fields: @escaping @Sendable (Int) -> Fields) -> SearchIndex {
        // 1. Term frequencies and length of each field of each document, a run of documents per task.
        let runs = Self.runs(count)
        let identities = (0..<count).map { fingerprints[$0] ?? Self.identity(of: fields($0)) }
        let keys = store.map { store in runs.map { store.key(for: identities, range: $0) } }
        let latest = store?.latest() ?? []
        let tokenised = Parallel.map(Array(runs.indices)) { number -> TokenisedRun in
            let range = runs[number]
            guard let store, let keys else {
                return TokenisedRun(range: range, identities: identities, tokenizer: tokenizer, fields: fields)
            }
            if let run = store.run(for: keys[number], range: range, identities: identities) { return run }
            // Lends its documents only if its pairs can be read.
            let earlier = number < latest.count ? store.run(for: latest[number]) : nil
            let run = TokenisedRun(range: range, identities: identities, reusing: earlier, tokenizer: tokenizer, fields: fields)
            store.store(run, for: keys[number])
            return run
        }
        let averages: [Double] = SearchField.allCases.indices.map { f in
            let total = tokenised.reduce(0) { $0 + $1.totalLength(field: f) }
            return Self.rounded(count == 0 ? 1 : max(1, Double(total) / Double(count)))
        }
        let averageLength = averages.reduce(0, +)

        // 2. One vocabulary, in ascending order of UTF-8 bytes; each run's term numbers mapped into it.
        let vocabulary = TermVocabulary(sortedRuns: tokenised.map(\.terms), prefixKeys: tokenised.map(\.termKeys))

        // 3. Each run's postings, grouped by term, documents in ascending order: with a store, weighed
        // only if the run or the averages changed since they were last weighed.
        let weighedKeys: [Fingerprint]? = if let store, let keys {
            keys.map { store.weighedKey(for: $0, averages: averages) }
        } else {
            nil
        }
        let weighed = Parallel.map(Array(tokenised.indices)) { run -> RunPostings in
            let postings: WeighedRun
            if let store, let keys, let weighedKeys {
                if let stored = store.weighed(for: weighedKeys[run], run: tokenised[run]) {
                    postings = stored
                } else {
                    // Weighing needs the pairs: a kept run whose pairs cannot be read is tokenised again,
                    // which gives the same terms (the same documents, by the same tokenizer).
                    var source = tokenised[run]
                    if !source.hasPairs {
                        source = TokenisedRun(range: runs[run], identities: identities, tokenizer: tokenizer, fields: fields)
                        store.store(source, for: keys[run])
                    }
                    postings = WeighedRun(source, averages: averages)
                    store.store(postings, for: weighedKeys[run])
                }
            } else {
                postings = WeighedRun(tokenised[run], averages: averages)
            }
            return RunPostings(postings, globalTerms: vocabulary.globalIDs[run], termCount: vocabulary.terms.count)
        }
        if let store, let keys {
            store.waitForSaving()
            store.keep(keys, weighedKeys: weighedKeys ?? [])
        }

        // Each term's postings are its segments of the runs, runs in document order: written from there.
        return SearchIndex(documentCount: count, terms: vocabulary.terms, runs: weighed, averageLength: averageLength)
    }

    /// What stands for a document's text in the runs: its fingerprint, or else a hash of every field.
    static func identity(of document: Fields) -> Fingerprint {
        if let fingerprint = document.fingerprint { return fingerprint }
        var hasher = StableHasher()
        for field in SearchField.allCases { hasher.combine(document.text(of: field)) }
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

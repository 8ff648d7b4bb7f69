import Foundation
import HubModel

/// Builds the inverted index: each document's fields are tokenised in parallel, then merged by term.
public struct SearchIndexBuilder: Sendable {
    private let tokenizer = SearchTokenizer()

    public init() {}

    /// The text of one document, by field.
    public struct Fields: Sendable {
        public var title: String
        public var summary: String
        public var headings: String
        public var body: String

        func text(of field: SearchField) -> String {
            switch field {
            case .title: return title
            case .summary: return summary
            case .headings: return headings
            case .body: return body
            }
        }

        public init(title: String, summary: String, headings: String, body: String) {
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
    public func build(_ documents: [Fields]) -> SearchIndex {
        let fields = SearchField.allCases
        // 1. Term frequencies and length of each field of each document, in parallel.
        let counted: [[(frequencies: [String: Int], length: Int)]] = Parallel.map(documents) { document in
            fields.map { field in
                var frequencies: [String: Int] = [:]
                let length = tokenizer.forEachTerm(in: document.text(of: field)) { frequencies[$0, default: 0] += 1 }
                return (frequencies, length)
            }
        }
        let averages: [Double] = fields.indices.map { f in
            let total = counted.reduce(0) { $0 + $1[f].length }
            return documents.isEmpty ? 1 : max(1, Double(total) / Double(documents.count))
        }
        let averageLength = averages.reduce(0, +)

        // 2. Merge into postings, documents in ascending order.
        var byTerm: [String: [SearchIndex.Posting]] = [:]
        for (document, perField) in counted.enumerated() {
            var weighted: [String: Double] = [:]
            for (f, field) in fields.enumerated() {
                let norm = 1 - field.lengthNormalisation + field.lengthNormalisation * Double(perField[f].length) / averages[f]
                for (term, frequency) in perField[f].frequencies {
                    weighted[term, default: 0] += Double(field.weight) * Double(frequency) / norm
                }
            }
            for (term, tf) in weighted {
                let component = tf * (SearchIndex.k1 + 1) / (tf + SearchIndex.k1)
                let weight = min(SearchIndex.weightScale,
                                 max(1, Int((component / (SearchIndex.k1 + 1) * Double(SearchIndex.weightScale)).rounded())))
                byTerm[term, default: []].append(SearchIndex.Posting(document: document, weight: weight))
            }
        }
        let terms = byTerm.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return SearchIndex(documentCount: documents.count, terms: terms, postings: terms.map { byTerm[$0]! },
                           averageLength: averageLength)
    }
}

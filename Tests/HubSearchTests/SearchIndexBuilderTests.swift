import HubSupport
import Foundation
import HubModel
@testable import HubSearch
import Testing
import HubTestSupport

/// The term table and the index builder against straightforward String-keyed versions of themselves.
@Suite struct SearchIndexBuilderTests {
    static let samples = [
        "The Neglected CHILDREN of Zoë; the child's voice, the children’s views, 'quoted'",
        "pre-birth planning (2021): R1, 12,000 — multi-agency safeguarding… again and AGAIN",
        "Ελληνικά naïve café 👩‍👧 e\u{301}te \u{e9}te Kids \u{212A}ids kids’ o'clock don't DON'T",
        "\u{301}\u{301} x'\u{301} y\u{2019}\u{301}z shan't can't won't ' '' ’’ a'b'c 0'9 ﬁnance finance",
        "",
        " — … !!! ",
        "repeated repeated repeating repeats repeat REPEATED Repeated",
    ]

    /// The terms of `text` as the tokenizer once found them: one String per word, a cache per call.
    static func referenceTerms(_ text: String) -> (terms: [String], words: Int) {
        let tokenizer = SearchTokenizer()
        var known: [String: String] = [:]
        var terms: [String] = []
        var words = 0
        tokenizer.forEachWord(in: text) { word in
            words += 1
            let term = known[word] ?? tokenizer.term(ofWord: word)
            known[word] = term
            if !term.isEmpty { terms.append(term) }
        }
        return (terms, words)
    }

    @Test func termTableGivesTheTermsOfEachTextAcrossManyTexts() {
        let table = TermTable()
        for text in Self.samples + Self.samples.reversed() {
            var terms: [String] = []
            let words = table.forEachTermID(in: text) { terms.append(table.terms[Int($0)]) }
            let reference = Self.referenceTerms(text)
            #expect(terms == reference.terms, "\(text)")
            #expect(words == reference.words, "\(text)")
            #expect(SearchTokenizer().terms(text) == reference.terms)
        }
        #expect(Set(table.terms).count == table.terms.count, "one id per term")
    }

    @Test func termTableGrowsWithoutLosingWords() {
        let table = TermTable()
        let text = (0..<20_000).map { "w\($0)x" }.joined(separator: " ")
        var first: [Int32] = []
        table.forEachTermID(in: text) { first.append($0) }
        var second: [Int32] = []
        table.forEachTermID(in: text) { second.append($0) }
        #expect(first.count == 20_000)
        #expect(first == second)
        #expect(first == (0..<20_000).map { Int32($0) })
    }

    /// The index as the builder once made it, with String dictionaries throughout.
    static func referenceIndex(_ documents: [SearchIndexBuilder.Fields]) -> SearchIndex {
        let tokenizer = SearchTokenizer()
        let fields = SearchField.allCases
        let counted: [[(frequencies: [String: Int], length: Int)]] = documents.map { document in
            fields.map { field in
                var frequencies: [String: Int] = [:]
                let length = tokenizer.forEachTerm(in: document.text(of: field)) { frequencies[$0, default: 0] += 1 }
                return (frequencies, length)
            }
        }
        let averages: [Double] = fields.indices.map { f in
            let total = counted.reduce(0) { $0 + $1[f].length }
            return SearchIndexBuilder.rounded(documents.isEmpty ? 1 : max(1, Double(total) / Double(documents.count)))
        }
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
                           averageLength: averages.reduce(0, +))
    }

    static func documents(_ count: Int) -> [SearchIndexBuilder.Fields] {
        // A fixed pseudo-random sequence, so that a failure can be repeated.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let words = samples.joined(separator: " ").split(separator: " ").map(String.init)
            + (0..<300).map { "term\($0)" } + ["planning", "plans", "planned", "information", "sharing", "shared"]
        func text(_ length: Int) -> String {
            (0..<length).map { _ in words[next(words.count)] }.joined(separator: next(5) == 0 ? ", " : " ")
        }
        return (0..<count).map { index in
            SearchIndexBuilder.Fields(title: text(1 + next(8)), summary: text(next(30)),
                                      headings: index % 7 == 0 ? "" : text(next(20)), body: text(next(index % 13 == 0 ? 3000 : 400)))
        }
    }

    @Test(arguments: [0, 1, 5, 700])
    func buildsTheSameIndexAsStringDictionaries(count: Int) {
        let documents = Self.documents(count)
        let index = SearchIndexBuilder().build(documents)
        let reference = Self.referenceIndex(documents)
        #expect(index.documentCount == reference.documentCount)
        #expect(index.averageLength == reference.averageLength)
        #expect(index.terms == reference.terms)
        #expect(index.postings == reference.postings)
    }

    @Test func runsCoverEveryDocumentOnce() {
        for count in [0, 1, 63, 64, 65, 1000, 10_001] {
            let runs = SearchIndexBuilder.runs(count)
            #expect(runs.first?.lowerBound == 0)
            #expect(runs.last?.upperBound == count)
            #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        }
    }

    @Test func averagesAreRoundedToEightSignificantBits() {
        #expect(SearchIndexBuilder.rounded(1) == 1)
        #expect(SearchIndexBuilder.rounded(300) == 300)
        // Between 256 and 512 the step is 1; between 1024 and 2048 it is 4.
        #expect(SearchIndexBuilder.rounded(300.4) == 300)
        #expect(SearchIndexBuilder.rounded(300.6) == 301)
        #expect(SearchIndexBuilder.rounded(1_501.9) == 1_500)
        #expect(SearchIndexBuilder.rounded(1_502.1) == 1_504)
        for value in [1.3, 7.77, 42.5, 999.9, 12_345.6] {
            #expect(abs(SearchIndexBuilder.rounded(value) - value) <= value / 512)
        }
    }
}

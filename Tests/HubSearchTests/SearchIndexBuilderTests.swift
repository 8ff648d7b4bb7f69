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
        "self-harm selfharm co\u{2010}sleeping mother-in-law 2019-20 a-b-c-d-e x- -y Zoë-café Behavior-organization",
        "a-very-long-hyphenated-word-chain and " + String(repeating: "long", count: 10) + "-" + String(repeating: "word", count: 10),
        "The child was looked after; looked. After that: was not brought, WAS NOT BROUGHT was not\n\nbrought looked after children",
    ]

    /// Phrases for the samples: with stop words, overlapping, of one word (no phrase), and hyphenated.
    static let phrases = ["looked after", "looked after children", "was not brought", "after", "co-sleeping", "self harm"]

    /// The terms of `text` as the tokenizer once found them: one String per word, a cache per call; then,
    /// as the table adds them, each hyphenated run's joined word after its last word, and each phrase after its last word.
    static func referenceTerms(_ text: String, tokenizer: SearchTokenizer = SearchTokenizer()) -> (terms: [String], words: Int) {
        var known: [String: WordKey] = [:]
        var terms: [String] = []
        var words: [(word: String, key: WordKey, start: String.Index, end: String.Index)] = []
        var chain: [String] = []
        func flushChain() {
            defer { chain = [] }
            let joined = chain.joined()
            // Two to four words, not starting with a digit (not "2019-20"), of at most 48 bytes.
            guard (2...4).contains(chain.count), let first = joined.utf8.first, first &- 0x30 >= 10,
                  joined.utf8.count <= 48, case .term(let term) = tokenizer.key(ofWord: joined) else { return }
            terms.append(term)
        }
        for (word, range) in Self.words(text) {
            let key = known[word] ?? tokenizer.key(ofWord: word)
            known[word] = key
            if let last = words.last, !chain.isEmpty, ["-", "\u{2010}", "\u{2011}"].contains(text[last.end..<range.lowerBound]) {
                chain.append(word)
            } else {
                flushChain()
                chain = [word]
            }
            if case .term(let term) = key { terms.append(term) }
            words.append((word, key, range.lowerBound, range.upperBound))
            for phrase in tokenizer.phrases where phrase.keys.count <= words.count {
                let tail = words.suffix(phrase.keys.count)
                guard tail.map(\.key) == phrase.keys else { continue }
                let gaps = zip(tail.dropLast(), tail.dropFirst()).map { text[$0.end..<$1.start] }
                if gaps.allSatisfy({ !$0.contains(where: { ".!?;:".contains($0) }) && $0.filter({ $0 == "\n" }).count < 2 }) {
                    terms.append(phrase.term)
                }
            }
        }
        flushChain()
        return (terms, words.count)
    }

    /// The words of `text` (as the tokenizer splits them) with where each lies.
    static func words(_ text: String) -> [(String, Range<String.Index>)] {
        var found: [(String, Range<String.Index>)] = []
        var copy = text
        copy.withUTF8 { bytes in
            SearchTokenizer.forEachWord(in: bytes) { start, end in
                let utf8 = text.utf8
                let range = utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
                found.append((String(text[range]), range))
            }
        }
        return found
    }

    @Test(arguments: [false, true])
    func termTableGivesTheTermsOfEachTextAcrossManyTexts(withPhrases: Bool) {
        let tokenizer = withPhrases ? SearchTokenizer(phrases: Self.phrases) : SearchTokenizer()
        let table = TermTable(tokenizer: tokenizer)
        for text in Self.samples + Self.samples.reversed() {
            var terms: [String] = []
            let words = table.forEachTermID(in: text) { terms.append(table.terms[Int($0)]) }
            let reference = Self.referenceTerms(text, tokenizer: tokenizer)
            #expect(terms == reference.terms, "\(text)")
            #expect(words == reference.words, "\(text)")
            #expect(tokenizer.terms(text) == reference.terms)
        }
        #expect(Set(table.terms).count == table.terms.count, "one id per term")
    }

    /// A run tokenised with phrases, from scratch and from an earlier run's documents, is the same run.
    @Test func phrasesSurviveARunMadeFromAnEarlierOne() {
        let tokenizer = SearchTokenizer(phrases: Self.phrases)
        let documents = Self.samples.map { SearchIndexBuilder.Fields(title: $0, summary: "", headings: "", body: $0 + " looked after") }
        let identities = documents.map(SearchIndexBuilder.identity(of:))
        let whole = TokenisedRun(range: 0..<documents.count, identities: identities, tokenizer: tokenizer) { documents[$0] }
        var edited = documents
        edited[3].body += " was not brought"
        let editedIdentities = edited.map(SearchIndexBuilder.identity(of:))
        let fromEarlier = TokenisedRun(range: 0..<edited.count, identities: editedIdentities, reusing: whole, tokenizer: tokenizer) { edited[$0] }
        let fresh = TokenisedRun(range: 0..<edited.count, identities: editedIdentities, tokenizer: tokenizer) { edited[$0] }
        #expect(fromEarlier == fresh)
        #expect(whole.terms.contains("look after") && fresh.terms.contains("was not brought"))
        #expect(whole != fresh)
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

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

    /// A run store in a new temporary folder, and the folder (for the caller to remove).
    static func temporaryStore() throws -> (TokenisedRunStore, String) {
        let folder = try ScratchFolder.make("runs")
        return (TokenisedRunStore(directory: folder, environment: Fingerprint.of("test")), folder)
    }

    /// The run files in a store's folder (not its record of the latest runs, nor the runs' pairs or weights).
    static func runFiles(_ folder: String) throws -> Set<String> {
        try storedFiles(folder, magic: "LHRUN3\n")
    }

    /// The files of the runs' pairs in a store's folder.
    static func pairFiles(_ folder: String) throws -> Set<String> {
        try storedFiles(folder, magic: "LHPRS1\n")
    }

    /// The files of the runs' weights in a store's folder.
    static func weighedFiles(_ folder: String) throws -> Set<String> {
        try storedFiles(folder, magic: "LHWGT1\n")
    }

    static func storedFiles(_ folder: String, magic: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { name in
            guard Fingerprint(hex: name) != nil else { return false }
            let data = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
            return data.starts(with: Data(magic.utf8))
        })
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

    /// With a store, a run's weights are kept with it and used again while the run and the average
    /// field lengths are unchanged; damaged weights are worked out again.
    @Test func keptWeightsAreUsedWhileTheRunAndTheAveragesStay() throws {
        let (store, folder) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let documents = Self.documents(300)
        let fresh = SearchIndexBuilder().build(documents)
        #expect(SearchIndexBuilder().build(documents, store: store).postings == fresh.postings)
        let weighed = try Self.weighedFiles(folder)
        #expect(weighed.count == SearchIndexBuilder.runs(300).count)

        // Rewritten with every weight 1 (still a fit for the run), the weights are used as they are.
        let magic = Data("LHWGT1\n".utf8)
        for name in weighed {
            let url = URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name))
            let (offsets, numbers, weights) = try Data(try Data(contentsOf: url).dropFirst(magic.count)).withUnsafeBytes { bytes in
                var reader = BinaryReader(bytes)
                return (try reader.int32s(), try reader.int32s(), try reader.uint8s())
            }
            var writer = BinaryWriter()
            writer.int32s(offsets)
            writer.int32s(numbers)
            writer.uint8s(weights.map { _ in 1 })
            try (magic + Data(writer.bytes)).write(to: url)
        }
        let reused = SearchIndexBuilder().build(documents, store: store)
        #expect(reused.terms == fresh.terms)
        #expect(reused.postings.map { $0.map(\.document) } == fresh.postings.map { $0.map(\.document) })
        #expect(reused.postings.joined().contains { $0.weight != 1 } == false)

        // Damaged weights do not fit and are weighed again.
        for name in weighed {
            let path = (folder as NSString).appendingPathComponent(name)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count - 3).write(to: URL(fileURLWithPath: path))
        }
        #expect(SearchIndexBuilder().build(documents, store: store).postings == fresh.postings)
    }

    @Test func keptRunsGiveTheSameIndexAndOnlyChangedRunsAreTokenisedAgain() throws {
        let (store, folder) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var documents = Self.documents(700)
        let fresh = SearchIndexBuilder().build(documents)
        #expect(SearchIndexBuilder().build(documents, store: store).postings == fresh.postings)
        let stored = try Self.runFiles(folder)
        #expect(stored.count == SearchIndexBuilder.runs(700).count)
        let storedWeights = try Self.weighedFiles(folder)
        #expect(storedWeights.count == stored.count)

        // Read back, the index is the same.
        let again = SearchIndexBuilder().build(documents, store: store)
        #expect(again.terms == fresh.terms && again.postings == fresh.postings && again.averageLength == fresh.averageLength)

        // One document's body changes: one run is written anew, the rest are kept, and the index is as if built afresh.
        documents[350].body += " zebra crossing"
        let changed = SearchIndexBuilder().build(documents, store: store)
        let reference = SearchIndexBuilder().build(documents)
        #expect(changed.terms == reference.terms && changed.postings == reference.postings)
        let after = try Self.runFiles(folder)
        #expect(after.count == stored.count)
        #expect(after.subtracting(stored).count == 1)
        // The averages stayed (rounded), so only the changed run was weighed again; the old weights are gone.
        #expect(changed.averageLength == fresh.averageLength)
        let afterWeights = try Self.weighedFiles(folder)
        #expect(afterWeights.count == storedWeights.count)
        #expect(afterWeights.subtracting(storedWeights).count == 1)

        // A damaged run, or a damaged record of the latest runs, is tokenised again.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = (folder as NSString).appendingPathComponent(name)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count - 3).write(to: URL(fileURLWithPath: path))
        }
        let repaired = SearchIndexBuilder().build(documents, store: store)
        #expect(repaired.postings == reference.postings)
    }

    /// A kept run's pairs are read only to weigh it or to lend its documents: an unchanged hub whose
    /// weights are kept needs none of them, and a run whose pairs are lost is tokenised again.
    @Test func pairsAreReadOnlyWhenARunIsWeighedOrLendsDocuments() throws {
        let (store, folder) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var documents = Self.documents(700)
        _ = Self.build(documents, store: store)
        let pairs = try Self.pairFiles(folder)
        #expect(pairs.count == SearchIndexBuilder.runs(700).count)
        func removePairs() throws {
            for name in try Self.pairFiles(folder) {
                try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }

        // Nothing changed: the kept runs and weights make the index, without a pair or a document.
        try removePairs()
        let unchanged = Self.build(documents, store: store)
        let reference = SearchIndexBuilder().build(documents)
        #expect(unchanged.0.terms == reference.terms && unchanged.0.postings == reference.postings)
        #expect(unchanged.1.isEmpty)

        // One document changed, its run's pairs lost: the run lends nothing and is tokenised whole;
        // the others are kept as they are.
        documents[350].body += " zebra crossing"
        let edited = Self.build(documents, store: store)
        let editedReference = SearchIndexBuilder().build(documents)
        #expect(edited.0.terms == editedReference.terms && edited.0.postings == editedReference.postings)
        let run = try #require(SearchIndexBuilder.runs(700).first { $0.contains(350) })
        #expect(edited.1 == Set(run))
        #expect(try Self.pairFiles(folder).count == 1)

        // Weights lost as well as pairs: every run is weighed again, so every run is tokenised again.
        try removePairs()
        for name in try Self.weighedFiles(folder) {
            try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
        let rebuilt = Self.build(documents, store: store)
        #expect(rebuilt.0.terms == editedReference.terms && rebuilt.0.postings == editedReference.postings)
        #expect(rebuilt.1 == Set(0..<700))
        #expect(try Self.pairFiles(folder).count == SearchIndexBuilder.runs(700).count)
    }

    /// Builds the index of `documents` with `store`, returning it and the documents whose fields were asked for.
    static func build(_ documents: [SearchIndexBuilder.Fields], store: TokenisedRunStore) -> (SearchIndex, Set<Int>) {
        let asked = Asked()
        let index = SearchIndexBuilder().build(count: documents.count, fingerprints: documents.map { Self.identity($0) },
                                               store: store) { number in
            asked.add(number)
            return documents[number]
        }
        return (index, asked.numbers)
    }

    static func identity(_ document: SearchIndexBuilder.Fields) -> Fingerprint {
        SearchIndexBuilder.identity(of: document)
    }

    final class Asked: @unchecked Sendable {
        private let lock = NSLock()
        private var asked: Set<Int> = []
        func add(_ number: Int) { lock.withLock { _ = asked.insert(number) } }
        var numbers: Set<Int> { lock.withLock { asked } }
    }

    /// After an edit, an insertion, a removal or a reordering, a run is made from its place's last
    /// run and the documents it lacked: only those are read and tokenised, and the index is the one
    /// a build from scratch makes, run by run.
    @Test func changedRunsTokeniseOnlyTheDocumentsTheirLastRunLacked() throws {
        let (store, folder) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = Self.documents(900)
        let first = Self.build(original, store: store)
        #expect(first.1 == Set(0..<900))

        var edited = original
        edited[400].body += " zebra crossing"
        var inserted = original
        inserted.insert(SearchIndexBuilder.Fields(title: "A new brief", summary: "", headings: "", body: "newly indexed words"), at: 0)
        var removed = original
        removed.remove(at: 10)
        var swapped = original
        swapped.swapAt(5, 6)
        let cases: [(String, [SearchIndexBuilder.Fields], Set<Int>)] = [
            ("edit", edited, [400]),
            // Every run's first documents moved into it from the run before, except the first run's new one.
            ("insertion", inserted, Set(SearchIndexBuilder.runs(901).map(\.lowerBound))),
            ("removal", removed, Set(SearchIndexBuilder.runs(899).dropLast().map { $0.upperBound - 1 })),
            ("reordering", swapped, []),
        ]
        // Each case twice: runs read when asked for, and runs read ahead as a build reads them while the hub loads.
        for ((name, documents, expected), readAhead) in cases.flatMap({ item in [(item, false), (item, true)] }) {
            _ = Self.build(original, store: store)
            let (index, asked) = Self.build(documents, store: readAhead ? store.preloadingLatest() : store)
            let reference = SearchIndexBuilder().build(documents)
            #expect(index.terms == reference.terms && index.postings == reference.postings, "\(name)")
            #expect(asked.count <= expected.count && asked.isSubset(of: expected), "\(name): asked for \(asked.sorted())")
            for range in SearchIndexBuilder.runs(documents.count) {
                let identities = documents.map(Self.identity)
                let stored = store.run(for: store.key(for: identities, range: range), range: range, identities: identities)
                let fresh = TokenisedRun(range: range, identities: identities, tokenizer: SearchTokenizer()) { documents[$0] }
                #expect(stored == fresh, "\(name), run \(range)")
            }
        }
    }
}

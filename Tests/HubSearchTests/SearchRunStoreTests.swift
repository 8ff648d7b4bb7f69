import Foundation
@testable import HubCache
import HubModel
@testable import HubSearch
import HubSupport
import HubTestSupport
import Testing

/// The search run memo of a build with a cache: runs and weights kept between builds give the index a
/// build from scratch gives, and only changed runs are tokenised or weighed again.
@Suite struct SearchRunStoreTests {
    static func documents(_ count: Int) -> [SearchIndexBuilder.Fields] {
        SearchIndexBuilderTests.documents(count)
    }

    /// A new temporary folder for a run store (for the caller to remove).
    static func temporaryStore() throws -> String {
        try ScratchFolder.make("runs")
    }

    /// The index of `documents`, built by one build with the run store in `folder`.
    static func index(_ documents: [SearchIndexBuilder.Fields], in folder: String) -> SearchIndex {
        build(documents, in: folder).0
    }

    /// Builds the index of `documents` as one build does with the run store in `folder` (opened for
    /// the build, and its saving waited for), returning it and the documents whose fields were asked for.
    static func build(_ documents: [SearchIndexBuilder.Fields], in folder: String) -> (SearchIndex, Set<Int>) {
        let upkeep = DispatchGroup()
        let store = TokenisedRunStore(directory: folder, environment: Fingerprint.of("test"), upkeep: upkeep)
        let asked = Asked()
        let index = SearchIndexBuilder().build(count: documents.count, fingerprints: documents.map { SearchIndexBuilder.identity(of: $0) },
                                               memo: store) { number in
            asked.add(number)
            return documents[number]
        }
        store.indexFinished()
        upkeep.wait()
        return (index, asked.numbers)
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

    /// With a store, a run's weights are kept with it and used again while the run and the average
    /// field lengths are unchanged; damaged weights are worked out again.
    @Test func keptWeightsAreUsedWhileTheRunAndTheAveragesStay() throws {
        let folder = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let documents = Self.documents(300)
        let fresh = SearchIndexBuilder().build(documents)
        #expect(Self.index(documents, in: folder).postings == fresh.postings)
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
        let reused = Self.index(documents, in: folder)
        #expect(reused.terms == fresh.terms)
        #expect(reused.postings.map { $0.map(\.document) } == fresh.postings.map { $0.map(\.document) })
        #expect(reused.postings.joined().contains { $0.weight != 1 } == false)

        // Damaged weights do not fit and are weighed again.
        for name in weighed {
            let path = (folder as NSString).appendingPathComponent(name)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count - 3).write(to: URL(fileURLWithPath: path))
        }
        #expect(Self.index(documents, in: folder).postings == fresh.postings)
    }

    @Test func keptRunsGiveTheSameIndexAndOnlyChangedRunsAreTokenisedAgain() throws {
        let folder = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var documents = Self.documents(700)
        let fresh = SearchIndexBuilder().build(documents)
        #expect(Self.index(documents, in: folder).postings == fresh.postings)
        let stored = try Self.runFiles(folder)
        #expect(stored.count == SearchIndexBuilder.runs(700).count)
        let storedWeights = try Self.weighedFiles(folder)
        #expect(storedWeights.count == stored.count)

        // Read back, the index is the same.
        let again = Self.index(documents, in: folder)
        #expect(again.terms == fresh.terms && again.postings == fresh.postings && again.averageLength == fresh.averageLength)

        // One document's body changes: one run is written anew, the rest are kept, and the index is as if built afresh.
        documents[350].body += " zebra crossing"
        let changed = Self.index(documents, in: folder)
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
        let repaired = Self.index(documents, in: folder)
        #expect(repaired.postings == reference.postings)
    }

    /// A kept run's pairs are read only to weigh it or to lend its documents: an unchanged hub whose
    /// weights are kept needs none of them, and a run whose pairs are lost is tokenised again.
    @Test func pairsAreReadOnlyWhenARunIsWeighedOrLendsDocuments() throws {
        let folder = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var documents = Self.documents(700)
        _ = Self.build(documents, in: folder)
        let pairs = try Self.pairFiles(folder)
        #expect(pairs.count == SearchIndexBuilder.runs(700).count)
        func removePairs() throws {
            for name in try Self.pairFiles(folder) {
                try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }

        // Nothing changed: the kept runs and weights make the index, without a pair or a document.
        try removePairs()
        let unchanged = Self.build(documents, in: folder)
        let reference = SearchIndexBuilder().build(documents)
        #expect(unchanged.0.terms == reference.terms && unchanged.0.postings == reference.postings)
        #expect(unchanged.1.isEmpty)

        // One document changed, its run's pairs lost: the run lends nothing and is tokenised whole;
        // the others are kept as they are.
        documents[350].body += " zebra crossing"
        let edited = Self.build(documents, in: folder)
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
        let rebuilt = Self.build(documents, in: folder)
        #expect(rebuilt.0.terms == editedReference.terms && rebuilt.0.postings == editedReference.postings)
        #expect(rebuilt.1 == Set(0..<700))
        #expect(try Self.pairFiles(folder).count == SearchIndexBuilder.runs(700).count)
    }

    /// A document's identity in the runs, as the builder makes it (its text's, with the default tokenizer's phrases).
    static func identity(_ document: SearchIndexBuilder.Fields) -> Fingerprint {
        SearchIndexBuilder.identity(SearchIndexBuilder.identity(of: document), phrases: SearchTokenizer().fingerprint)
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
        let folder = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = Self.documents(900)
        let first = Self.build(original, in: folder)
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
        // Each case twice: a build reads the last runs ahead while the hub loads, and then as they are asked for.
        for ((name, documents, expected), _) in cases.flatMap({ item in [(item, false), (item, true)] }) {
            _ = Self.build(original, in: folder)
            let (index, asked) = Self.build(documents, in: folder)
            let reference = SearchIndexBuilder().build(documents)
            #expect(index.terms == reference.terms && index.postings == reference.postings, "\(name)")
            #expect(asked.count <= expected.count && asked.isSubset(of: expected), "\(name): asked for \(asked.sorted())")
            for range in SearchIndexBuilder.runs(documents.count) {
                let identities = documents.map(Self.identity)
                let files = SearchRunFiles(directory: folder, environment: Fingerprint.of("test"))
                let stored = files.run(for: files.key(for: identities, range: range), range: range, identities: identities)
                let fresh = TokenisedRun(range: range, identities: identities, tokenizer: SearchTokenizer()) { documents[$0] }
                #expect(stored == fresh, "\(name), run \(range)")
            }
        }
    }
}

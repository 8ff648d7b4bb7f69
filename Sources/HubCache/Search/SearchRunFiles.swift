import HubSupport
import Foundation
import HubSearch

/// The files of the search index's runs kept from earlier builds: each run under a fingerprint of its
/// place, of its documents' identities, in order, and of the generator (`environment`); its pairs
/// (most of its bytes) in a file of their own, read only if the run is weighed again or lends
/// documents (`TokenisedRunPairs`); its weights (`WeighedRun`) under its key and the average field
/// lengths they were weighed with; and the keys of the last build's runs (`latest`). A damaged file is a miss.
struct SearchRunFiles: Sendable {
    let directory: String
    let environment: Fingerprint

    /// Bump when tokenising changes, so that older runs are not reused.
    static let version = "tokenised run 3"

    /// The key of the run of `range`, whose documents' identities are `identities[range]`.
    func key(for identities: [Fingerprint], range: Range<Int>) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(Self.version)
        hasher.combine(environment)
        hasher.combine(range.lowerBound)
        hasher.combine(range.count)
        for identity in identities[range] { hasher.combine(identity) }
        return hasher.finalize()
    }

    private var files: KeyedFileStore { KeyedFileStore(directory: directory, magic: "LHRUN3\n") }
    private var pairFiles: KeyedFileStore { KeyedFileStore(directory: directory, magic: "LHPRS1\n") }

    /// The key of the pairs of the run stored under `runKey`.
    func pairsKey(for runKey: Fingerprint) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("run pairs 1")
        hasher.combine(runKey)
        return hasher.finalize()
    }

    /// The run stored under `key`, if it is the run of `range` with these `identities`.
    func run(for key: Fingerprint, range: Range<Int>, identities: [Fingerprint]) -> TokenisedRun? {
        guard let run = run(for: key), run.range == range, run.identities[...] == identities[range] else { return nil }
        return run
    }

    /// The run stored under `key`, whatever its documents.
    func run(for key: Fingerprint) -> TokenisedRun? {
        let pairFiles = self.pairFiles, pairsKey = pairsKey(for: key)
        return files.read(key) { reader in
            let lower = try reader.int(), count = try reader.int()
            let identities = try reader.array { try $0.fingerprint() }
            let terms = try reader.array { try $0.string() }
            let lengths = try reader.int32s(), pairEnds = try reader.int32s()
            guard lower >= 0, count >= 0, identities.count == count,
                  lengths.count == count * TokenisedRun.fieldCount, pairEnds.count == lengths.count,
                  pairEnds.first.map({ $0 >= 0 }) ?? true, zip(pairEnds, pairEnds.dropFirst()).allSatisfy({ $0 <= $1 })
            else { throw BinaryReader.Malformed() }
            let pairCount = Int(pairEnds.last ?? 0), termCount = terms.count
            let pairs = TokenisedRunPairs {
                pairFiles.read(pairsKey) { reader in
                    let pairTerms = try reader.int32s(), pairCounts = try reader.int32s()
                    guard pairTerms.count == pairCount, pairCounts.count == pairCount,
                          pairTerms.allSatisfy({ $0 >= 0 && Int($0) < termCount }) else { throw BinaryReader.Malformed() }
                    return TokenisedRunPairs.Pairs(terms: pairTerms, counts: pairCounts)
                }
            }
            let run = TokenisedRun(range: lower..<lower + count, identities: identities, terms: terms,
                                   lengths: lengths.map(Int.init), pairEnds: pairEnds.map(Int.init), pairs: pairs)
            // Sorted and distinct, as the vocabulary's merge needs: compared by their first bytes first.
            for position in terms.indices.dropFirst() {
                let previous = run.termKeys[position - 1], key = run.termKeys[position]
                guard previous < key || previous == key && TermBytes.compare(terms[position - 1], terms[position]) < 0
                else { throw BinaryReader.Malformed() }
            }
            return run
        }
    }

    /// Keeps `run`, which must have its pairs, under `key`.
    func store(_ run: TokenisedRun, for key: Fingerprint) {
        guard let pairs = run.pairs.value else { return }
            // The pairs first: a run is found by its own file, which then always has its pairs beside it.
        pairFiles.write(pairsKey(for: key)) { writer in
            writer.int32s(pairs.terms)
            writer.int32s(pairs.counts)
        }
        files.write(key) { writer in
            writer.int(run.range.lowerBound)
            writer.int(run.range.count)
            writer.array(run.identities) { $0.fingerprint($1) }
            writer.array(run.terms) { $0.string($1) }
            writer.int32s(run.lengths.map { Int32(clamping: $0) })
            writer.int32s(run.pairEnds.map { Int32(clamping: $0) })
        }
    }

    private var weighedFiles: KeyedFileStore { KeyedFileStore(directory: directory, magic: "LHWGT1\n") }

    /// The key of the weights of the run stored under `runKey`, weighed with these average field lengths.
    func weighedKey(for runKey: Fingerprint, averages: [Double]) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("weighed run 1")
        hasher.combine(runKey)
        for average in averages { hasher.combine(Int(bitPattern: UInt(average.bitPattern))) }
        return hasher.finalize()
    }

    /// The weights stored under `key`, if they fit `run`.
    func weighed(for key: Fingerprint, run: TokenisedRun) -> WeighedRun? {
        let weighed = weighedFiles.read(key) { reader in
            WeighedRun(offsets: try reader.int32s(), documents: try reader.int32s(), weights: try reader.uint8s())
        }
        guard let weighed, weighed.fits(run) else { return nil }
        return weighed
    }

    /// Keeps `weighed` under `key`.
    func store(_ weighed: WeighedRun, for key: Fingerprint) {
        weighedFiles.write(key) { writer in
            writer.int32s(weighed.offsets)
            writer.int32s(weighed.documents)
            writer.uint8s(weighed.weights)
        }
    }

    private var latestPath: String { (directory as NSString).appendingPathComponent("latest") }

    /// The keys of the last build's runs, in order (empty if there are none or they cannot be read).
    func latest() -> [Fingerprint] {
        guard let bytes = PlainFile.read(latestPath) else { return [] }
        return bytes.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            guard let version = try? reader.string(), version == Self.version,
                  let keys = try? reader.array({ try $0.fingerprint() }), reader.isAtEnd else { return [] }
            return keys
        }
    }

    /// Keeps only the runs of `keys` (and their pairs) and the weights of `weighedKeys`, and records the
    /// runs as the latest build's, in order.
    func keep(_ keys: [Fingerprint], weighedKeys: [Fingerprint] = []) {
        files.prune(keeping: Set(keys + keys.map(pairsKey) + weighedKeys))
        var writer = BinaryWriter()
        writer.string(Self.version)
        writer.array(keys) { $0.fingerprint($1) }
        // Losing the record only costs the next build the reuse of runs whose documents moved.
        try? PlainFile.write(Data(writer.bytes), to: latestPath)
    }
}

import Foundation
import HubModel

/// Tokenised runs kept from earlier builds, so an incremental build tokenises only the runs
/// whose documents' text changed (one run of eight after a typical edit).
///
/// A run is found by a fingerprint of the text of every field of its documents, in order (or of
/// the fingerprints that stand for them), and of the generator (`environment`); a damaged file is
/// a miss.
public struct TokenisedRunStore: Sendable {
    public let directory: String
    public let environment: Fingerprint

    /// Bump when tokenising changes, so that older runs are not reused.
    static let version = "tokenised run 1"

    public init(directory: String, environment: Fingerprint) {
        self.directory = directory
        self.environment = environment
    }

    func key(for documents: [SearchIndexBuilder.Fields], range: Range<Int>) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(Self.version)
        hasher.combine(environment)
        hasher.combine(range.lowerBound)
        hasher.combine(range.count)
        for document in documents[range] {
            if let fingerprint = document.fingerprint {
                hasher.combine(fingerprint)
            } else {
                for field in SearchField.allCases { hasher.combine(document.text(of: field)) }
            }
        }
        return hasher.finalize()
    }

    private var files: KeyedFileStore { KeyedFileStore(directory: directory, magic: "LHRUN1\n") }

    func run(for key: Fingerprint, range: Range<Int>) -> TokenisedRun? {
        files.read(key) { reader in
            let lower = try reader.int(), count = try reader.int()
            let terms = try reader.array { try $0.string() }
            let lengths = try reader.int32s(), pairEnds = try reader.int32s()
            let pairTerms = try reader.int32s(), pairCounts = try reader.int32s()
            guard lower == range.lowerBound, count == range.count,
                  lengths.count == count * TokenisedRun.fieldCount, pairEnds.count == lengths.count,
                  pairTerms.count == pairCounts.count, pairEnds.allSatisfy({ $0 >= 0 && Int($0) <= pairTerms.count }),
                  pairTerms.allSatisfy({ $0 >= 0 && Int($0) < terms.count }) else { throw CacheReader.Malformed() }
            return TokenisedRun(range: range, terms: terms, lengths: lengths.map(Int.init), pairEnds: pairEnds.map(Int.init),
                                pairTerms: pairTerms, pairCounts: pairCounts)
        }
    }

    /// Keeps `run` under `key`.
    func store(_ run: TokenisedRun, for key: Fingerprint) {
        files.write(key) { writer in
            writer.int(run.range.lowerBound)
            writer.int(run.range.count)
            writer.array(run.terms) { $0.string($1) }
            writer.int32s(run.lengths.map { Int32(clamping: $0) })
            writer.int32s(run.pairEnds.map { Int32(clamping: $0) })
            writer.int32s(run.pairTerms)
            writer.int32s(run.pairCounts)
        }
    }

    /// Removes every run but those in `keys`.
    func prune(keeping keys: Set<Fingerprint>) {
        files.prune(keeping: keys)
    }
}

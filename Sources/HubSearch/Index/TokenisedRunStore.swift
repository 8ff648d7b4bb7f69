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
    private static let magic = Array("LHRUN1\n".utf8)

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

    private func path(for key: Fingerprint) -> String {
        (directory as NSString).appendingPathComponent(key.description)
    }

    func run(for key: Fingerprint, range: Range<Int>) -> TokenisedRun? {
        guard let data = FileManager.default.contents(atPath: path(for: key)), data.starts(with: Self.magic) else { return nil }
        return data.dropFirst(Self.magic.count).withUnsafeBytes { bytes -> TokenisedRun? in
            var reader = CacheReader(bytes)
            guard let lower = try? reader.int(), let count = try? reader.int(), lower == range.lowerBound, count == range.count,
                  let terms = try? reader.array({ try $0.string() }), let lengths = try? reader.int32s(),
                  let pairEnds = try? reader.int32s(), let pairTerms = try? reader.int32s(),
                  let pairCounts = try? reader.int32s(), reader.isAtEnd,
                  lengths.count == count * TokenisedRun.fieldCount, pairEnds.count == lengths.count,
                  pairTerms.count == pairCounts.count, pairEnds.allSatisfy({ $0 >= 0 && Int($0) <= pairTerms.count }),
                  pairTerms.allSatisfy({ $0 >= 0 && Int($0) < terms.count }) else { return nil }
            return TokenisedRun(range: range, terms: terms, lengths: lengths.map(Int.init), pairEnds: pairEnds.map(Int.init),
                                pairTerms: pairTerms, pairCounts: pairCounts)
        }
    }

    /// Keeps `run` under `key`; a store that cannot be written only costs speed.
    func store(_ run: TokenisedRun, for key: Fingerprint) {
        var writer = CacheWriter()
        writer.int(run.range.lowerBound)
        writer.int(run.range.count)
        writer.array(run.terms) { $0.string($1) }
        writer.int32s(run.lengths.map { Int32(clamping: $0) })
        writer.int32s(run.pairEnds.map { Int32(clamping: $0) })
        writer.int32s(run.pairTerms)
        writer.int32s(run.pairCounts)
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? PlainFile.write(Data(Self.magic + writer.bytes), to: path(for: key))
    }

    /// Removes every run but those in `keys`.
    func prune(keeping keys: Set<Fingerprint>) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            guard let key = Fingerprint(hex: name), !keys.contains(key) else { continue }
            try? FileManager.default.removeItem(atPath: path(for: key))
        }
    }
}

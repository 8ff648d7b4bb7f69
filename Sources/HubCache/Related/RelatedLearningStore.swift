import Foundation
import HubModel
import HubRendering
import HubSupport

/// The related-learning memo of a build with a cache: the lists of every document, stored under the
/// fingerprint of everything they depend on and reused while it matches.
public final class RelatedLearningStore: RelatedLearningMemo, @unchecked Sendable {
    private let files: KeyedFileStore
    private let environment: Fingerprint
    private let upkeep: DispatchGroup

    init(directory: String, environment: Fingerprint = GeneratorIdentity.fingerprint, upkeep: DispatchGroup = DispatchGroup()) {
        files = KeyedFileStore(directory: directory, magic: "LHREL1\n")
        self.environment = environment
        self.upkeep = upkeep
    }

    public func lists(of related: RelatedLearning) -> [[Int]] {
        var hasher = StableHasher()
        hasher.combine(environment)
        hasher.combine(related.fingerprint)
        let fingerprint = hasher.finalize()
        let count = related.hub.documents.count
        if let lists = load(matching: fingerprint, documentCount: count) { return lists }
        let lists = related.all()
        // Losing them only costs the next build the walk, so a failure to save is ignored.
        DispatchQueue.global(qos: .userInitiated).async(group: upkeep) { [self] in save(lists, fingerprint: fingerprint) }
        return lists
    }

    /// Saves `lists` under `fingerprint`, and drops the lists of earlier hub states.
    func save(_ lists: [[Int]], fingerprint: Fingerprint) {
        files.write(fingerprint) { writer in writer.array(lists) { writer, list in writer.array(list) { $0.int($1) } } }
        files.prune(keeping: [fingerprint])
    }

    /// The lists saved for `fingerprint`, or nil if there are none, they were for another hub state, or they are unreadable.
    func load(matching fingerprint: Fingerprint, documentCount: Int) -> [[Int]]? {
        guard let lists = files.read(fingerprint, { reader in try reader.array { reader in try reader.array { try $0.int() } } }),
              lists.count == documentCount,
              // An index outside the hub would crash the page renderer.
              lists.allSatisfy({ $0.allSatisfy { (0..<documentCount).contains($0) } }) else { return nil }
        return lists
    }
}

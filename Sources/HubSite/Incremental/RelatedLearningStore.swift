import HubSupport
import HubModel

/// Keeps the related learning of every document between builds.
///
/// Working it out walks the theme lists of every document, a tenth of a one-document rebuild of a
/// large hub; yet most edits (a body, a title, a summary) leave every list as it was. The lists are
/// stored under the fingerprint of everything they depend on and reused while it matches.
struct RelatedLearningStore: Sendable {
    private let files: KeyedFileStore

    init(directory: String) {
        files = KeyedFileStore(directory: directory, magic: "LHREL1\n")
    }

    /// The lists saved for `fingerprint`, or nil if there are none, they were for another hub state, or they are unreadable.
    func load(matching fingerprint: Fingerprint, documentCount: Int) -> [[Int]]? {
        guard let lists = files.read(fingerprint, { reader in try reader.array { reader in try reader.array { try $0.int() } } }),
              lists.count == documentCount,
              // An index outside the hub would crash the page renderer.
              lists.allSatisfy({ $0.allSatisfy { (0..<documentCount).contains($0) } }) else { return nil }
        return lists
    }

    /// Saves `lists` under `fingerprint`, and drops the lists of earlier hub states.
    func save(_ lists: [[Int]], fingerprint: Fingerprint) {
        files.write(fingerprint) { writer in writer.array(lists) { writer, list in writer.array(list) { $0.int($1) } } }
        files.prune(keeping: [fingerprint])
    }
}

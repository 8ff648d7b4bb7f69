import Foundation
import HubModel

/// Keeps the related learning of every document between builds.
///
/// Working it out walks the theme lists of every document, a tenth of a one-document rebuild of a
/// large hub; yet most edits (a body, a title, a summary) leave every list as it was. The lists are
/// stored with the fingerprint of everything they depend on and reused while it matches.
struct RelatedLearningStore: Sendable {
    let path: String

    private static let magic = Array("LHREL1\n".utf8)

    /// The lists saved for `fingerprint`, or nil if there are none, they were for another hub state, or they are unreadable.
    func load(matching fingerprint: Fingerprint, documentCount: Int) -> [[Int]]? {
        guard let data = FileManager.default.contents(atPath: path), data.starts(with: Self.magic) else { return nil }
        return data.dropFirst(Self.magic.count).withUnsafeBytes { bytes -> [[Int]]? in
            var reader = CacheReader(bytes)
            guard let stored = try? reader.fingerprint(), stored == fingerprint,
                  let lists = try? reader.array({ reader in try reader.array { try $0.int() } }),
                  reader.isAtEnd, lists.count == documentCount,
                  lists.allSatisfy({ $0.allSatisfy { (0..<documentCount).contains($0) } }) else { return nil }
            return lists
        }
    }

    /// Saves `lists` under `fingerprint`, atomically.
    func save(_ lists: [[Int]], fingerprint: Fingerprint) throws {
        var writer = CacheWriter()
        writer.fingerprint(fingerprint)
        writer.array(lists) { writer, list in writer.array(list) { $0.int($1) } }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(Self.magic + writer.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

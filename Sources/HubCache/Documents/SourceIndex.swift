import HubSupport
import Foundation

/// For each source file read by an earlier build: its stamp then, and the fingerprint of its text.
/// A file whose stamp has not changed (and had settled when it was read) is not read again to find
/// its cache entry.
struct SourceIndex: Sendable {
    struct Entry: Sendable, Equatable {
        var stamp: SourceStamp
        /// `DocumentCache.fingerprint(ofText:)` of the file's text.
        var text: Fingerprint
        /// When the file was read, in nanoseconds since 1970.
        var readAt: Int64
    }

    private(set) var entries: [String: Entry] = [:]

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// The fingerprint of the text of the file at `path` (relative to the content folder), if it was
    /// recorded under `stamp` and had settled before it was read.
    func text(of path: String, stamp: SourceStamp) -> Fingerprint? {
        entry(of: path, stamp: stamp)?.text
    }

    /// The entry of the file at `path`, if it was recorded under `stamp` and had settled before it was read.
    func entry(of path: String, stamp: SourceStamp) -> Entry? {
        guard let entry = entries[path], entry.stamp == stamp, stamp.settled(before: entry.readAt) else { return nil }
        return entry
    }

    private static let magic = Array("LHSRC1\n".utf8)

    /// The index saved at `path`; empty if there is none or it cannot be read.
    static func load(from path: String) -> SourceIndex {
        guard let data = PlainFile.read(path), data.starts(with: magic) else { return SourceIndex() }
        return data.withUnsafeBytes { file in
            var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: file[magic.count...]))
            guard let list = try? reader.array({ reader in
                (try reader.string(),
                 Entry(stamp: SourceStamp(inode: UInt64(UInt(bitPattern: try reader.int())), size: Int64(try reader.int()),
                                          modified: Int64(try reader.int()), changed: Int64(try reader.int())),
                       text: try reader.fingerprint(), readAt: Int64(try reader.int())))
            }), reader.isAtEnd else { return SourceIndex() }
            return SourceIndex(entries: Dictionary(list) { first, _ in first })
        }
    }

    /// Saves the index at `path`; a failure only costs the next build its reads.
    func save(to path: String) {
        var writer = BinaryWriter()
        writer.array(Array(entries)) { writer, item in
            writer.string(item.key)
            writer.int(Int(bitPattern: UInt(item.value.stamp.inode)))
            writer.int(Int(item.value.stamp.size))
            writer.int(Int(item.value.stamp.modified))
            writer.int(Int(item.value.stamp.changed))
            writer.fingerprint(item.value.text)
            writer.int(Int(item.value.readAt))
        }
        let data = Data(Self.magic + writer.bytes)
        if (try? PlainFile.write(data, to: path)) == nil {
            // The first build saves the index before the cache has stored anything in its folder.
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            try? PlainFile.write(data, to: path)
        }
    }
}

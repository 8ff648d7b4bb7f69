import Foundation

/// The start of every cache entry the last build used (all but its plain text), kept together in
/// one file, so that a build reads one file rather than open ten thousand.
///
/// A head is the entry file's bytes after its format mark, up to where its plain text starts; the
/// text stays in the entry's own file and is read from there when asked for. Keys are fingerprints
/// of an entry's content, so a head is right for as long as its entry is: an entry that has gone is
/// a miss when its text is read, as it would be without the heads.
struct DocumentHeads: Sendable {
    struct Head: Sendable {
        let start: Int
        let count: Int
        /// The size of the entry's file, text included.
        let fileSize: Int
    }

    private let bytes: [UInt8]
    private let heads: [Fingerprint: Head]

    private static let magic = Array("LHHEADS1\n".utf8)

    init() {
        bytes = []
        heads = [:]
    }

    private init(bytes: [UInt8], heads: [Fingerprint: Head]) {
        self.bytes = bytes
        self.heads = heads
    }

    /// The keys that have a head.
    var keys: Set<Fingerprint> { Set(heads.keys) }

    /// The head of the entry under `key`, and the size of its file, if there is one.
    func head(for key: Fingerprint) -> (bytes: ArraySlice<UInt8>, fileSize: Int)? {
        guard let head = heads[key] else { return nil }
        return (bytes[head.start..<head.start + head.count], head.fileSize)
    }

    /// The heads saved at `path`; none if there is no file or it cannot be read.
    static func load(from path: String) -> DocumentHeads {
        guard let bytes = PlainFile.read(path), bytes.starts(with: magic) else { return DocumentHeads() }
        let heads = bytes.withUnsafeBytes { file -> [Fingerprint: Head]? in
            var reader = CacheReader(UnsafeRawBufferPointer(rebasing: file[magic.count...]))
            guard let count = try? reader.int(), count >= 0 else { return nil }
            var heads: [Fingerprint: Head] = [:]
            heads.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = try? reader.fingerprint(), let length = try? reader.int(), let fileSize = try? reader.int(),
                      length >= 0, length <= reader.remaining, fileSize >= length else { return nil }
                heads[key] = Head(start: magic.count + reader.position, count: length, fileSize: fileSize)
                reader.skip(length)
            }
            return reader.isAtEnd ? heads : nil
        }
        guard let heads else { return DocumentHeads() }
        return DocumentHeads(bytes: bytes, heads: heads)
    }

    /// Saves `heads` (key, head bytes, entry file size) at `path`, replacing the file whole; a failure
    /// only costs the next build its reads.
    static func save(_ heads: [(key: Fingerprint, bytes: ArraySlice<UInt8>, fileSize: Int)], to path: String) {
        var writer = CacheWriter()
        writer.int(heads.count)
        for head in heads {
            writer.fingerprint(head.key)
            writer.int(head.bytes.count)
            writer.int(head.fileSize)
            writer.raw(head.bytes)
        }
        try? Data(magic + writer.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

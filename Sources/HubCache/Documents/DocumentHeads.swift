import HubSupport
import Foundation

/// The start of every cache entry recent builds used (all but its plain text), kept together in
/// one file, so that a build reads one file rather than open ten thousand.
///
/// A head is the entry file's bytes after its format mark, up to where its plain text starts; the
/// text stays in the entry's own file and is read from there when asked for. Keys are fingerprints
/// of an entry's content, so a head is right for as long as its entry is: an entry that has gone is
/// a miss when its text is read, as it would be without the heads.
///
/// The file is a run of records (key, head). A build appends the heads it lacked, a later record of
/// a key standing for the earlier ones, and writes the file afresh, with only the heads in use,
/// once it holds twice what they need or ends in a record cut short.
struct DocumentHeads: Sendable {
    /// One entry's head as saved: its key, its bytes and the size of its file, text included.
    struct Record: Sendable {
        let key: Fingerprint
        let bytes: ArraySlice<UInt8>
        let fileSize: Int
    }

    struct Head: Sendable {
        let start: Int
        let count: Int
        /// The size of the entry's file, text included.
        let fileSize: Int
    }

    private let bytes: [UInt8]
    private let heads: [Fingerprint: Head]
    /// False when the file ended in a record cut short (or had none): then it is written afresh.
    private let isWhole: Bool

    private static let magic = Array("LHHEADS3\n".utf8)

    init() {
        bytes = []
        heads = [:]
        isWhole = false
    }

    private init(bytes: [UInt8], heads: [Fingerprint: Head], isWhole: Bool) {
        self.bytes = bytes
        self.heads = heads
        self.isWhole = isWhole
    }

    /// The keys that have a head.
    var keys: Set<Fingerprint> { Set(heads.keys) }

    /// The head of the entry under `key`, and the size of its file, if there is one.
    func head(for key: Fingerprint) -> (bytes: ArraySlice<UInt8>, fileSize: Int)? {
        guard let head = heads[key] else { return nil }
        return (bytes[head.start..<head.start + head.count], head.fileSize)
    }

    /// The heads saved at `path`: every whole record, the last of each key; none if there is no file.
    static func load(from path: String) -> DocumentHeads {
        guard let bytes = PlainFile.read(path), bytes.starts(with: magic) else { return DocumentHeads() }
        var heads: [Fingerprint: Head] = [:]
        let isWhole = bytes.withUnsafeBytes { file -> Bool in
            var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: file[magic.count...]))
            while !reader.isAtEnd {
                guard let key = try? reader.fingerprint(), let length = try? reader.int(), let fileSize = try? reader.int(),
                      length >= 0, length <= reader.remaining, fileSize >= length else { return false }
                heads[key] = Head(start: magic.count + reader.position, count: length, fileSize: fileSize)
                reader.skip(length)
            }
            return true
        }
        return DocumentHeads(bytes: bytes, heads: heads, isWhole: isWhole)
    }

    /// Saves the heads of `keys` at `path`: `added` are the heads these lack or whose entries were
    /// written again (a later record stands for an earlier one); the rest are taken from these. A
    /// failure only costs the next build its reads.
    func save(keeping keys: Set<Fingerprint>, adding added: [Record], to path: String) {
        let keptHeads = keys.subtracting(added.map(\.key)).compactMap { key in heads[key].map { (key: key, head: $0) } }
        let appended = added.reduce(0) { $0 + $1.bytes.count + 24 }
        let needed = keptHeads.reduce(appended) { $0 + $1.head.count + 24 }
        if isWhole && !bytes.isEmpty && bytes.count + appended <= 2 * needed + 4096 {
            guard !added.isEmpty else { return }
            Self.append(Self.records(added, capacity: appended), to: path)
        } else {
            // Only when the file is written afresh are the kept heads needed as records.
            let kept = keptHeads.map { kept in
                Record(key: kept.key, bytes: bytes[kept.head.start..<kept.head.start + kept.head.count], fileSize: kept.head.fileSize)
            }
            let records = Self.records(kept + added, capacity: Self.magic.count + needed, startingWith: Self.magic)
            try? Data(records).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }

    private static func records(_ heads: [Record], capacity: Int,
                                startingWith start: [UInt8] = []) -> [UInt8] {
        var writer = BinaryWriter(capacity: capacity)
        writer.raw(start[...])
        for head in heads {
            writer.fingerprint(head.key)
            writer.int(head.bytes.count)
            writer.int(head.fileSize)
            writer.raw(head.bytes)
        }
        return writer.bytes
    }

    /// Appends `records` to the file at `path` in one write; one cut short is dropped when the file is next read.
    private static func append(_ records: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        records.withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
    }
}

import Foundation
import HubModel
import HubSupport

/// The cache's entries of documents on disk: one file each (a `KeyedFileStore`), in `CachedDocument`'s
/// binary form, found by the fingerprint of everything its parse depended on; and the heads of the
/// entries a build used, kept together in one file (`DocumentHeads`) so that the next build need not
/// open ten thousand files.
struct DocumentStore: Sendable {
    let directory: String
    /// Stands for the generator and anything else that shapes every document.
    let environment: Fingerprint

    private var files: KeyedFileStore { KeyedFileStore(directory: directory, magic: String(decoding: Self.magic, as: UTF8.self)) }

    /// How much of an entry is read at first: all but its text and HTML, for most entries.
    static let headLength = 4096
    private static let magic = Array("LHDOC7\n".utf8)

    /// The key of the file `file`, whose text has the fingerprint `text`, parsed under hub settings
    /// whose fingerprint is `settings`.
    func key(text: Fingerprint, file: SourceFile, settings: Fingerprint) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("document")
        hasher.combine(environment)
        hasher.combine(settings)
        hasher.combine(file.relativePath)
        hasher.combine(file.displayPath)
        hasher.combine(text)
        return hasher.finalize()
    }

    /// Where the `SourceIndex` of the files the last build read is kept.
    var sourceIndexPath: String { (directory as NSString).appendingPathComponent("sources") }

    /// Where the heads of the entries the last build used are kept (`DocumentHeads`).
    var headsPath: String { (directory as NSString).appendingPathComponent("heads") }

    /// The entry stored under `key`, or nil if there is none or it cannot be read: from its head in
    /// `heads` if it has one there, else from the start of its file.
    func entry(for key: Fingerprint, heads: DocumentHeads = DocumentHeads()) -> CachedDocument? {
        let path = files.path(for: key)
        if let head = heads.head(for: key),
           let entry = head.bytes.withUnsafeBytes({ Self.entry(fromBody: $0, path: path, fileSize: head.fileSize) }) {
            return entry
        }
        return read(key)?.entry
    }

    /// The entry stored under `key`, the bytes of its file that were read (its start, or all of it)
    /// and the file's size.
    private func read(_ key: Fingerprint) -> (entry: CachedDocument, bytes: [UInt8], fileSize: Int)? {
        let path = files.path(for: key)
        guard let head = PlainFile.read(path, limit: Self.headLength) else { return nil }
        if let entry = Self.entry(from: head.bytes, path: path, fileSize: head.fileSize) { return (entry, head.bytes, head.fileSize) }
        // An entry with more before its text than the first read held.
        guard head.bytes.count < head.fileSize, let whole = PlainFile.read(path),
              let entry = Self.entry(from: whole, path: path, fileSize: whole.count) else { return nil }
        return (entry, whole, whole.count)
    }

    private static func entry(from bytes: [UInt8], path: String, fileSize: Int) -> CachedDocument? {
        guard bytes.starts(with: magic) else { return nil }
        return bytes.withUnsafeBytes { entry(fromBody: UnsafeRawBufferPointer(rebasing: $0[magic.count...]), path: path, fileSize: fileSize) }
    }

    /// Reads an entry from `body`, its file's bytes after the format mark (all of them, or a start).
    private static func entry(fromBody body: UnsafeRawBufferPointer, path: String, fileSize: Int) -> CachedDocument? {
        var reader = BinaryReader(body)
        let part = CachedDocument.FilePart(path: path, offset: magic.count, fileSize: fileSize)
        guard let entry = try? CachedDocument(from: &reader, file: part), reader.isAtEnd else { return nil }
        return entry
    }

    /// The heads the last build saved.
    func loadHeads() -> DocumentHeads {
        DocumentHeads.load(from: headsPath)
    }

    /// Saves the heads of the entries under `keys` for the next build: `written` are those of the
    /// entries this build stored, which stand for any earlier heads of theirs; the others come from
    /// `heads` (the ones this build read) or, lacking there, are cut from their files.
    func saveHeads(of keys: Set<Fingerprint>, reusing heads: DocumentHeads, written: [DocumentHeads.Record]) {
        var added = written
        let writtenKeys = Set(written.map(\.key))
        for key in keys where !writtenKeys.contains(key) && heads.head(for: key) == nil {
            guard let (entry, bytes, fileSize) = read(key) else { continue }
            // The text and HTML are last in the file: the head is everything before them.
            let end = fileSize - entry.tailLength
            guard end >= Self.magic.count, end <= bytes.count else { continue }
            added.append(DocumentHeads.Record(key: key, bytes: bytes[Self.magic.count..<end], fileSize: fileSize))
        }
        heads.save(keeping: keys, adding: added, to: headsPath)
    }

    /// Stores `entry` (whose rendering, if any, has its text and HTML at hand) under `key`; returns the
    /// head it wrote, for `saveHeads`.
    @discardableResult
    func store(_ entry: CachedDocument, for key: Fingerprint) -> DocumentHeads.Record {
        let body = files.write(key) { entry.write(to: &$0) }
        return DocumentHeads.Record(key: key, bytes: body[..<(body.count - entry.tailLength)], fileSize: Self.magic.count + body.count)
    }

    /// Removes every entry but those in `keys`, so the cache does not grow with every edit.
    func prune(keeping keys: Set<Fingerprint>) {
        files.prune(keeping: keys)
    }
}

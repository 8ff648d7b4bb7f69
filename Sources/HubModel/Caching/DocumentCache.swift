import HubSupport
import HubAnonymisation
import Foundation
import HubMarkdown

/// Documents loaded by earlier builds, so that a build reads Markdown, parses front matter,
/// renders and checks only the documents that changed.
///
/// An entry is found by the fingerprint of everything its parse depended on (the file's bytes
/// and path, the hub's settings, the generator); its rendering is reused only while the
/// rendering context (what its links lead to, the denylist, its publication state) is the same.
/// Each entry is one file of a `KeyedFileStore`, in `CachedDocument`'s binary form, and the starts of
/// the entries a build used are kept together too (`DocumentHeads`), for the next build. The HTML is
/// not kept: most cached documents' pages are kept from the last build, and the loader renders
/// the HTML again, lazily, for those that are not. The plain text is kept last in the file and
/// read only when asked for (`CachedText`), as most builds need only changed documents' text.
public struct DocumentCache: Sendable {
    public let directory: String
    /// Stands for the generator and anything else that shapes every document.
    public let environment: Fingerprint

    public init(directory: String, environment: Fingerprint) {
        self.directory = directory
        self.environment = environment
    }

    private var files: KeyedFileStore { KeyedFileStore(directory: directory, magic: String(decoding: Self.magic, as: UTF8.self)) }

    /// How much of an entry is read at first: all but its plain text, for most entries.
    static let headLength = 4096

    /// The key of the file at `sourcePath` whose text has the fingerprint `text` (`fingerprint(ofText:)`),
    /// parsed under a hub whose settings have the fingerprint `config` (`HubConfig.fingerprint`,
    /// worked out once per build).
    func key(text: Fingerprint, sourcePath: String, displayPath: String, config: Fingerprint) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("document")
        hasher.combine(environment)
        hasher.combine(config)
        hasher.combine(sourcePath)
        hasher.combine(displayPath)
        hasher.combine(text)
        return hasher.finalize()
    }

    /// Stands for the text of a source file; recorded in the source index, so that an unchanged file
    /// need not be read to find its entry.
    static func fingerprint(ofText text: String) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("source text")
        hasher.combine(text)
        return hasher.finalize()
    }

    /// Where the `SourceIndex` of the files the last build read is kept.
    var sourceIndexPath: String {
        (directory as NSString).appendingPathComponent("sources")
    }

    /// What rendering and checking `document` depends on besides its own text: where its links
    /// lead, whether its report exists, the denylist and its publication state (which decides
    /// whether a finding is an error or a warning). `denylist` is `fingerprint(of:)` the denylist.
    func renderingContext(_ document: Document, state: PublicationState, links: [MarkdownLink],
                          resolver: LinkResolver, denylist: Fingerprint) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("rendering")
        hasher.combine(environment)
        hasher.combine(state)
        hasher.combine(denylist)
        hasher.combine(resolver.fingerprint(of: links, in: document))
        if let report = document.review?.reportAsset { hasher.combine(resolver.assetFiles.contains(report)) }
        return hasher.finalize()
    }

    /// Stands for every name of `denylist`; worked out once per build.
    static func fingerprint(of denylist: Denylist) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(denylist.names.count)
        for name in denylist.names { hasher.combine(name) }
        return hasher.finalize()
    }

    /// The entry stored under `key`, or nil if there is none or it cannot be read: from its head in
    /// `heads` if it has one there, else from the start of its file. A plain text that goes on past
    /// what was read is read from the file when asked for.
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
        let files = self.files
        let path = files.path(for: key)
        guard let head = PlainFile.read(path, limit: Self.headLength) else { return nil }
        if let entry = Self.entry(from: head.bytes, path: path, fileSize: head.fileSize) { return (entry, head.bytes, head.fileSize) }
        // An entry with more before its text than the first read held.
        guard head.bytes.count < head.fileSize, let whole = PlainFile.read(path),
              let entry = Self.entry(from: whole, path: path, fileSize: whole.count) else { return nil }
        return (entry, whole, whole.count)
    }

    private static let magic = Array("LHDOC6\n".utf8)

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

    /// Where the heads of the entries the last build used are kept (`DocumentHeads`).
    var headsPath: String {
        (directory as NSString).appendingPathComponent("heads")
    }

    /// The heads the last build saved.
    func loadHeads() -> DocumentHeads {
        DocumentHeads.load(from: headsPath)
    }

    /// Saves the heads of the entries under `keys` for the next build: `written` are those of the
    /// entries this build stored (`store`), which stand for any earlier heads of theirs; the others
    /// come from `heads` (the ones this build read) or, lacking there, are cut from their files.
    func saveHeads(of keys: Set<Fingerprint>, reusing heads: DocumentHeads, written: [DocumentHeads.Record]) {
        var added = written
        let writtenKeys = Set(written.map(\.key))
        for key in keys where !writtenKeys.contains(key) && heads.head(for: key) == nil {
            if let (entry, bytes, fileSize) = read(key) {
                // The text is last in the file: the head is everything before it.
                let textLength: Int
                switch entry.rendering?.text {
                case .text(let text): textLength = text.utf8.count
                case .stored(_, _, let length): textLength = length
                case nil: textLength = 0
                }
                let end = fileSize - textLength
                guard end >= Self.magic.count, end <= bytes.count else { continue }
                added.append(DocumentHeads.Record(key: key, bytes: bytes[Self.magic.count..<end], fileSize: fileSize))
            }
        }
        heads.save(keeping: keys, adding: added, to: headsPath)
    }

    /// Stores `entry` under `key`, without what the source file or a new rendering gives back; returns
    /// the head it wrote (all but the text, which is last), for `saveHeads`.
    @discardableResult
    func store(_ entry: CachedDocument, for key: Fingerprint) -> DocumentHeads.Record {
        var stored = entry
        stored.document.content = RenderedMarkdown(html: "", headings: [], links: [], plainText: "", wordCount: 0)
        stored.document.contentFingerprint = Fingerprint(high: 0, low: 0)
        stored.document.body = ""
        stored.document.frontMatterText = ""
        let body = files.write(key) { stored.write(to: &$0) }
        let textLength = stored.rendering?.content.plainText.utf8.count ?? 0
        return DocumentHeads.Record(key: key, bytes: body[..<(body.count - textLength)], fileSize: Self.magic.count + body.count)
    }

    /// Removes every entry but those in `keys`, so the cache does not grow with every edit.
    func prune(keeping keys: Set<Fingerprint>) {
        files.prune(keeping: keys)
    }
}

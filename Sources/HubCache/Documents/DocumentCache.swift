import Foundation
import HubMarkdown
import HubModel
import HubSupport

/// The document memo of a build with a cache: documents loaded by earlier builds, so that a build
/// reads Markdown, parses front matter, renders and checks only the documents that changed.
///
/// An entry is found by the fingerprint of everything its parse depended on (the file's bytes and
/// path, the hub's settings, the generator); its rendering is reused only while what rendering
/// depended on besides the text (`RenderingInputs`) is the same. A file whose stamp has not changed
/// since an earlier build read it is found without reading it (`SourceIndex`). Once loading is over,
/// what the build used is saved for the next build on another thread; `BuildCache.finish()` waits.
public final class DocumentCache: DocumentMemo, @unchecked Sendable {
    private let store: DocumentStore
    private let sourceIndex: SourceIndex
    private let heads: DocumentHeads
    /// When this build started reading: a file's stamp is trusted only if the file had settled by then.
    private let startedAt = FileStatus.now()
    private let upkeep: DispatchGroup
    private let lock = NSLock()
    // Read and written only under `lock`.
    private var files: [String: FileRecord] = [:]
    private var written: [DocumentHeads.Record] = []
    private var unreadCount = 0
    private var askedCount = 0

    /// What this build used of one source file.
    private struct FileRecord {
        let key: Fingerprint
        /// Nil when the file did not parse.
        let entry: CachedDocument?
        /// The file's stamp and text fingerprint, for the next build's source index.
        let source: SourceIndex.Entry?
        /// Parsed in this build: stored once rendered, or as parsed when loading is over.
        let isFresh: Bool
        var isStored = false
    }

    /// The cache in `directory`, whose upkeep joins `upkeep`.
    init(directory: String, environment: Fingerprint, upkeep: DispatchGroup) {
        store = DocumentStore(directory: directory, environment: environment)
        sourceIndex = SourceIndex.load(from: store.sourceIndexPath)
        heads = store.loadHeads()
        self.upkeep = upkeep
    }

    public func parse(_ file: SourceFile, settings: Fingerprint, read: () -> SourceRead,
                      parse: (String) -> ParsedFile) -> ParsedFile {
        lock.withLock { askedCount += 1 }
        // Taken before reading: a file changed while it is read gets a new stamp by the next build.
        let stamp = SourceStamp(path: file.fullPath)
        if let stamp, let recorded = sourceIndex.entry(of: file.relativePath, stamp: stamp),
           let found = recall(file, text: recorded.text, settings: settings, source: recorded, unread: true) {
            return ParsedFile(file: file, metadata: found.metadata, source: .unread(fingerprint: recorded.text),
                              log: Self.log(found.parseDiagnostics))
        }
        let read = read()
        guard let text = read.text else { return ParsedFile(file: file, metadata: nil, source: nil, log: read.log) }
        let textKey = DocumentText.fingerprint(ofFile: text)
        let source = stamp.map { SourceIndex.Entry(stamp: $0, text: textKey, readAt: startedAt) }
        var ignored = DiagnosticLog()
        if let split = DocumentText.split(text, path: file.displayPath, log: &ignored),
           let found = recall(file, text: textKey, settings: settings, source: source, unread: false) {
            return ParsedFile(file: file, metadata: found.metadata, source: .text(split), log: Self.log(found.parseDiagnostics))
        }
        let parsed = parse(text)
        let entry = parsed.metadata.map { CachedDocument(metadata: $0, parseDiagnostics: parsed.log.diagnostics, rendering: nil) }
        note(file, FileRecord(key: store.key(text: textKey, file: file, settings: settings), entry: entry, source: source,
                              isFresh: true), unread: false)
        return parsed
    }

    public func render(_ document: ParsedDocument, inputs: RenderingInputs,
                       render: () -> RenderedDocument) -> RenderedDocument {
        let path = document.metadata.sourcePath
        guard let record = lock.withLock({ files[path] }), let entry = record.entry else { return render() }
        if let rendering = entry.rendering, rendering.context == context(document, inputs, links: rendering.links) {
            return rendering.rendered
        }
        let rendered = render()
        // Errors are not kept: some name near matches among every document, which change as the hub does.
        guard !rendered.log.hasErrors,
              let rendering = try? CachedRendering(context: context(document, inputs, links: rendered.content.links),
                                                   rendered: rendered) else { return rendered }
        var stored = entry
        stored.rendering = rendering
        let head = store.store(stored, for: record.key)
        lock.withLock {
            written.append(head)
            files[path]?.isStored = true
        }
        return rendered
    }

    public func loadingFinished() {
        let (files, written, saveIndex) = lock.withLock {
            (self.files, self.written, unreadCount != askedCount || sourceIndex.entries.count != askedCount)
        }
        let (store, sourceIndexPath, heads) = (self.store, store.sourceIndexPath, self.heads)
        DispatchQueue.global(qos: .userInitiated).async(group: upkeep) {
            if saveIndex { SourceIndex(entries: files.compactMapValues(\.source)).save(to: sourceIndexPath) }
            var written = written
            for record in files.values where record.isFresh && !record.isStored {
                if let entry = record.entry { written.append(store.store(entry, for: record.key)) }
            }
            let keys = Set(files.values.compactMap { $0.entry == nil ? nil : $0.key })
            store.prune(keeping: keys)
            store.saveHeads(of: keys, reusing: heads, written: written)
        }
    }

    /// The entry of `file` under the key of its text, noted as used by this build.
    private func recall(_ file: SourceFile, text: Fingerprint, settings: Fingerprint, source: SourceIndex.Entry?,
                        unread: Bool) -> CachedDocument? {
        let key = store.key(text: text, file: file, settings: settings)
        guard let entry = store.entry(for: key, heads: heads) else { return nil }
        note(file, FileRecord(key: key, entry: entry, source: source, isFresh: false), unread: unread)
        return entry
    }

    private func note(_ file: SourceFile, _ record: FileRecord, unread: Bool) {
        lock.withLock {
            files[file.relativePath] = record
            if unread { unreadCount += 1 }
        }
    }

    /// What rendering depended on besides the text, and the generator.
    private func context(_ document: ParsedDocument, _ inputs: RenderingInputs, links: [MarkdownLink]) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(store.environment)
        hasher.combine(inputs.fingerprint(of: document.metadata, links: links))
        return hasher.finalize()
    }

    private static func log(_ diagnostics: [Diagnostic]) -> DiagnosticLog {
        var log = DiagnosticLog()
        log.append(contentsOf: diagnostics)
        return log
    }
}

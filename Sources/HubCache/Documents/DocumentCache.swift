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
public final class DocumentCache: DocumentMemo, Sendable {
    private let store: DocumentStore
    private let sourceIndex: SourceIndex
    private let heads: DocumentHeads
    /// When this build started reading: a file's stamp is trusted only if the file had settled by then.
    private let startedAt = FileStatus.now()
    private let upkeep: DispatchGroup

    /// The cache in `directory`, whose upkeep joins `upkeep`.
    init(directory: String, environment: Fingerprint, upkeep: DispatchGroup) {
        store = DocumentStore(directory: directory, environment: environment)
        sourceIndex = SourceIndex.load(from: store.sourceIndexPath)
        heads = store.loadHeads()
        self.upkeep = upkeep
    }

    public func parse(_ file: SourceFile, settings: Fingerprint, read: () -> SourceRead,
                      parse: (String) -> ParsedFile) -> ParsedFile {
        // Taken before reading: a file changed while it is read gets a new stamp by the next build.
        let stamp = SourceStamp(path: file.fullPath)
        if let stamp, let recorded = sourceIndex.entry(of: file.relativePath, stamp: stamp),
           let note = recall(file, text: recorded.text, settings: settings, source: recorded, unread: true),
           let entry = note.entry {
            return ParsedFile(file: file, metadata: entry.metadata, source: .unread(fingerprint: recorded.text),
                              log: Self.log(entry.parseDiagnostics), memoNote: note)
        }
        let read = read()
        guard let text = read.text else { return ParsedFile(file: file, metadata: nil, source: nil, log: read.log) }
        let textKey = DocumentText.fingerprint(ofFile: text)
        let source = stamp.map { SourceIndex.Entry(stamp: $0, text: textKey, readAt: startedAt) }
        var ignored = DiagnosticLog()
        if let split = DocumentText.split(text, path: file.displayPath, log: &ignored),
           let note = recall(file, text: textKey, settings: settings, source: source, unread: false), let entry = note.entry {
            return ParsedFile(file: file, metadata: entry.metadata, source: .text(split), log: Self.log(entry.parseDiagnostics),
                              memoNote: note)
        }
        let parsed = parse(text)
        let entry = parsed.metadata.map { CachedDocument(metadata: $0, parseDiagnostics: parsed.log.diagnostics, rendering: nil) }
        let note = DocumentCacheNote(key: store.key(text: textKey, file: file, settings: settings), entry: entry, source: source,
                                     isFresh: true, isUnread: false)
        return ParsedFile(file: file, metadata: parsed.metadata, source: parsed.source, log: parsed.log, memoNote: note,
                          damaged: parsed.damaged)
    }

    public func render(_ document: ParsedDocument, inputs: RenderingInputs,
                       render: () -> RenderedDocument) -> RenderedDocument {
        guard let note = document.memoNote as? DocumentCacheNote, let entry = note.entry else { return render() }
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
        note.stored = store.store(stored, for: note.key)
        return rendered
    }

    public func loadingFinished(_ files: [ParsedFile]) {
        let notes = files.compactMap { $0.memoNote as? DocumentCacheNote }
        let unread = notes.filter(\.isUnread).count
        let saveIndex = unread != files.count || sourceIndex.entries.count != files.count
        let (store, heads, sourceIndexPath) = (self.store, self.heads, store.sourceIndexPath)
        let paths = files.map(\.file.relativePath)
        DispatchQueue.global(qos: .userInitiated).async(group: upkeep) {
            if saveIndex { Self.saveSourceIndex(files: paths, notes: files.map { $0.memoNote as? DocumentCacheNote }, to: sourceIndexPath) }
            var written = notes.compactMap(\.stored)
            for note in notes where note.isFresh && note.stored == nil {
                if let entry = note.entry { written.append(store.store(entry, for: note.key)) }
            }
            let keys = Set(notes.compactMap { $0.entry == nil ? nil : $0.key })
            store.prune(keeping: keys)
            store.saveHeads(of: keys, reusing: heads, written: written)
        }
    }

    /// The entry of `file` under the key of its text, with the cache's note of it.
    private func recall(_ file: SourceFile, text: Fingerprint, settings: Fingerprint, source: SourceIndex.Entry?,
                        unread: Bool) -> DocumentCacheNote? {
        let key = store.key(text: text, file: file, settings: settings)
        guard let entry = store.entry(for: key, heads: heads) else { return nil }
        return DocumentCacheNote(key: key, entry: entry, source: source, isFresh: false, isUnread: unread)
    }

    private static func saveSourceIndex(files: [String], notes: [DocumentCacheNote?], to path: String) {
        var sources: [String: SourceIndex.Entry] = [:]
        sources.reserveCapacity(files.count)
        for (file, note) in zip(files, notes) { sources[file] = note?.source }
        SourceIndex(entries: sources).save(to: path)
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

import Foundation
@testable import HubCache
import HubMarkdown
import HubModel
import HubSupport
import HubTestSupport
import Testing

/// The document cache gives back exactly what was stored, and a damaged entry is a miss.
@Suite struct DocumentCacheTests {
    static let sampleHub = Repository.sampleContent.path
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    /// Every document of the sample hub, loaded and rendered (with `memo`, if given).
    static func sampleDocuments(memo: any DocumentMemo = NoDocumentMemo()) throws -> [Document] {
        let result = HubLoader(contentDirectory: sampleHub, options: LoadOptions(includeDrafts: true, today: today)).load(memo: memo)
        return try #require(result.hub).documents
    }

    /// The entry a build would store for `document`, with these diagnostics and this text.
    static func entry(_ document: Document, diagnostics: [Diagnostic] = [], plainText: String? = nil) throws -> CachedDocument {
        CachedDocument(metadata: document.metadata, parseDiagnostics: diagnostics, rendering: CachedRendering(
            context: Fingerprint.of(document.sourcePath), headings: document.content.headings, links: document.content.links,
            wordCount: document.content.wordCount, contentFingerprint: document.content.fingerprint,
            diagnostics: diagnostics.reversed(), assets: ["assets/a.pdf", "assets/b.png"],
            plainText: .text(try plainText ?? document.content.plainText()), html: .text(try document.content.html())))
    }

    @Test func everyFieldSurvivesTheBinaryForm() throws {
        let documents = try Self.sampleDocuments()
        #expect(documents.count >= 15)
        for document in documents {
            let diagnostics = [Diagnostic(.warning, at: SourceLocation(path: document.displayPath, line: 3, column: 7),
                                          "a warning", hint: "with a hint"),
                               Diagnostic(.error, at: SourceLocation(path: "x.md", line: 1, column: 1), "no hint")]
            let entry = try Self.entry(document, diagnostics: diagnostics)
            let decoded = try entry.binaryForm().withUnsafeBytes { try CachedDocument(binaryForm: $0) }
            #expect(decoded == entry, "\(document.sourcePath)")
            let parseOnly = CachedDocument(metadata: document.metadata, parseDiagnostics: diagnostics, rendering: nil)
            #expect(try parseOnly.binaryForm().withUnsafeBytes { try CachedDocument(binaryForm: $0) } == parseOnly)
        }
        #expect(documents.contains { $0.review?.recommendations.isEmpty == false })
    }

    @Test func aStoredDocumentComesBackWithItsTextAndHTML() throws {
        let folder = try ScratchFolder.make("cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = DocumentStore(directory: folder, environment: Fingerprint.of("test"))
        let document = try #require(try Self.sampleDocuments().first { $0.kind == .review })
        let key = Fingerprint.of("key")
        store.store(try Self.entry(document), for: key)
        let entry = try #require(store.entry(for: key))
        // The text and HTML, longer than the first read of the file, are left in it until asked for.
        let fileSize = try #require(try FileManager.default.attributesOfItem(
            atPath: (folder as NSString).appendingPathComponent(key.description))[.size] as? Int)
        #expect(fileSize > DocumentStore.headLength)
        let rendering = try #require(entry.rendering)
        guard case .stored = rendering.plainText, case .stored = rendering.html else { Issue.record("the text was read"); return }
        #expect(rendering.plainText.read() == (try document.content.plainText()))
        #expect(rendering.html.read() == (try document.content.html()))
        #expect(rendering.rendered.content == document.content)
        #expect(rendering.headings == document.content.headings && rendering.links == document.content.links)
        #expect(rendering.wordCount == document.content.wordCount)
        #expect(entry.metadata == document.metadata)
        #expect(store.entry(for: Fingerprint.of("other")) == nil)

        // A short text comes with the entry.
        store.store(try Self.entry(document, plainText: "Short text."), for: Fingerprint.of("short"))
        #expect(store.entry(for: Fingerprint.of("short"))?.rendering?.plainText.read() == "Short text.")

        // Cut short anywhere, the entry is a miss, never a wrong document.
        let path = (folder as NSString).appendingPathComponent(key.description)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        for length in stride(from: 0, to: data.count, by: max(1, data.count / 40)) {
            try data.prefix(length).write(to: URL(fileURLWithPath: path))
            #expect(store.entry(for: key) == nil)
        }
        // Cut short after it was read, its text is no longer given.
        try data.write(to: URL(fileURLWithPath: path))
        let text = try #require(store.entry(for: key)?.rendering?.plainText)
        try data.prefix(data.count - 1).write(to: URL(fileURLWithPath: path))
        #expect(text.read() == nil)
    }

    /// A document found in the cache has its text and HTML read from its entry when asked for; if the
    /// entry has gone by then, asking is an error (the build fails and says to build again), never a wrong text.
    @Test func aCachedDocumentsTextIsReadLaterOrIsAnError() throws {
        let folder = try ScratchFolder.make("cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reference = try Self.sampleDocuments()
        try Self.withCache(in: folder) { _ = try Self.sampleDocuments(memo: $0) }
        for removeEntries in [false, true] {
            let cached = try Self.withCache(in: folder) { try Self.sampleDocuments(memo: $0) }
            if removeEntries {
                for name in try FileManager.default.contentsOfDirectory(atPath: folder) where Fingerprint(hex: name) != nil {
                    try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
                }
            }
            #expect(cached.count == reference.count)
            for (document, expected) in zip(cached, reference) {
                if removeEntries {
                    #expect(throws: CacheEntryLost.self) { try document.content.html() }
                } else {
                    #expect(try document.content.plainText() == expected.content.plainText(), "\(document.sourcePath)")
                    #expect(try document.content.html() == expected.content.html(), "\(document.sourcePath)")
                }
            }
        }
    }

    /// Runs `work` with a document cache in `folder`, as one build does: its saving is waited for.
    static func withCache<Value>(in folder: String, _ work: (DocumentCache) throws -> Value) rethrows -> Value {
        let upkeep = DispatchGroup()
        let cache = DocumentCache(directory: folder, environment: Fingerprint.of("test"), upkeep: upkeep)
        defer { upkeep.wait() }
        return try work(cache)
    }
}

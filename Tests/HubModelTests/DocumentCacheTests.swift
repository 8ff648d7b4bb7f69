import HubSupport
import Foundation
import HubMarkdown
@testable import HubModel
import Testing
import HubTestSupport

/// The document cache gives back exactly what was stored, and a damaged entry is a miss.
@Suite struct DocumentCacheTests {
    private static let sampleHub = Repository.sampleContent.path

    /// Every document of the sample hub, loaded and rendered.
    private func sampleDocuments() throws -> [Document] {
        let result = HubLoader(contentDirectory: Self.sampleHub,
                               options: LoadOptions(includeDrafts: true, today: CalendarDate(year: 2026, month: 1, day: 1)!)).load()
        let hub = try #require(result.hub)
        return hub.documents
    }

    private func json(_ entry: CachedDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(entry)
    }

    @Test func everyFieldSurvivesTheBinaryHeader() throws {
        let documents = try sampleDocuments()
        #expect(documents.count >= 15)
        for document in documents {
            var stored = document
            stored.body = ""
            stored.frontMatterText = ""
            let content = document.content
            stored.content = RenderedMarkdown(html: "", headings: [], links: [], plainText: "", wordCount: 0)
            // The rendering, not the document, carries what comes of rendering.
            stored.contentFingerprint = Fingerprint(high: 0, low: 0)
            let diagnostics = [Diagnostic(.warning, at: SourceLocation(path: document.displayPath, line: 3, column: 7),
                                          "a warning", hint: "with a hint"),
                               Diagnostic(.error, at: SourceLocation(path: "x.md", line: 1, column: 1), "no hint")]
            let entry = CachedDocument(
                document: stored, parseDiagnostics: diagnostics,
                rendering: CachedRendering(context: Fingerprint.of(document.sourcePath),
                                           content: RenderedMarkdown(html: "", headings: content.headings, links: content.links,
                                                                     plainText: "", wordCount: content.wordCount),
                                           contentFingerprint: document.contentFingerprint,
                                           diagnostics: diagnostics.reversed(), assets: ["assets/a.pdf", "assets/b.png"]))
            var decoded = try entry.binaryForm().withUnsafeBytes { try CachedDocument(binaryForm: $0) }
            // The metadata fingerprint comes from the entry's bytes, and is the one the document itself gives.
            #expect(decoded.document.knownMetadataFingerprint == document.metadataFingerprint)
            #expect(document.knownMetadataFingerprint == nil)
            decoded.document.knownMetadataFingerprint = nil
            // The text, read with the entry (all of it was at hand), is given apart from the content.
            #expect(decoded.rendering?.text == .text(""))
            decoded.rendering?.text = nil
            let (left, right) = (try json(decoded), try json(entry))
            if left != right {
                let first = zip(left, right).enumerated().first { $1.0 != $1.1 }?.offset ?? min(left.count, right.count)
                let decodedPart = String(decoding: left.dropFirst(max(0, first - 80)).prefix(160), as: UTF8.self)
                let storedPart = String(decoding: right.dropFirst(max(0, first - 80)).prefix(160), as: UTF8.self)
                Issue.record("\(document.sourcePath) differs after byte \(first): \(decodedPart) / \(storedPart)")
            }
        }
        #expect(documents.contains { $0.review?.recommendations.isEmpty == false })
    }

    @Test func aStoredDocumentComesBackWithItsPlainText() throws {
        let folder = try ScratchFolder.make("cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = DocumentCache(directory: folder, environment: Fingerprint.of("test"))
        let document = try #require(try sampleDocuments().first { $0.kind == .review })
        let rendering = CachedRendering(context: Fingerprint.of("context"), content: document.content,
                                        contentFingerprint: document.contentFingerprint, diagnostics: [], assets: [])
        let key = Fingerprint.of("key")
        cache.store(CachedDocument(document: document, parseDiagnostics: [], rendering: rendering), for: key)
        let entry = try #require(cache.entry(for: key))
        // Everything but the HTML, which the loader renders again when a page needs it; the text,
        // longer than the first read of the file, is left in it until asked for.
        let fileSize = try #require(try FileManager.default.attributesOfItem(
            atPath: (folder as NSString).appendingPathComponent(key.description))[.size] as? Int)
        #expect(fileSize > DocumentCache.headLength)
        let content = try #require(entry.rendering?.content)
        guard case .stored = try #require(entry.rendering?.text) else { Issue.record("the text was read"); return }
        #expect(entry.rendering?.text?.read() == document.content.plainText)
        #expect(content.headings == document.content.headings && content.links == document.content.links)
        #expect(content.wordCount == document.content.wordCount && content.html.isEmpty)
        #expect(entry.document.title == document.title)
        #expect(cache.entry(for: Fingerprint.of("other")) == nil)

        // A short text comes with the entry.
        let short = RenderedMarkdown(html: "", headings: [], links: [], plainText: "Short text.", wordCount: 2)
        cache.store(CachedDocument(document: document, parseDiagnostics: [], rendering: CachedRendering(
            context: Fingerprint.of("context"), content: short, contentFingerprint: document.contentFingerprint,
            diagnostics: [], assets: [])), for: Fingerprint.of("short"))
        #expect(cache.entry(for: Fingerprint.of("short"))?.rendering?.text == .text("Short text."))

        // Cut short anywhere, the entry is a miss, never a wrong document.
        let path = (folder as NSString).appendingPathComponent(key.description)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        for length in stride(from: 0, to: data.count, by: max(1, data.count / 40)) {
            try data.prefix(length).write(to: URL(fileURLWithPath: path))
            #expect(cache.entry(for: key) == nil)
        }
        // Cut short after it was read, its text is no longer given.
        try data.write(to: URL(fileURLWithPath: path))
        let text = try #require(cache.entry(for: key)?.rendering?.text)
        try data.prefix(data.count - 1).write(to: URL(fileURLWithPath: path))
        #expect(text.read() == nil)
    }
}

extension DocumentCacheTests {
    /// A document found in the cache has its text read from its entry when asked for, and made again
    /// from its file if the entry has gone by then.
    @Test func aCachedDocumentsTextIsReadLaterOrMadeAgain() throws {
        let folder = try ScratchFolder.make("cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var options = LoadOptions(includeDrafts: true, today: CalendarDate(year: 2026, month: 1, day: 1)!)
        let reference = try #require(HubLoader(contentDirectory: Self.sampleHub, options: options).load().hub)
        options.cache = DocumentCache(directory: folder, environment: Fingerprint.of("test"))
        _ = HubLoader(contentDirectory: Self.sampleHub, options: options).load()
        for removeEntries in [false, true] {
            let cached = try #require(HubLoader(contentDirectory: Self.sampleHub, options: options).load().hub)
            if removeEntries {
                for name in try FileManager.default.contentsOfDirectory(atPath: folder) where Fingerprint(hex: name) != nil {
                    try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
                }
            }
            #expect(cached.documents.count == reference.documents.count)
            for (document, expected) in zip(cached.documents, reference.documents) {
                #expect(document.content.plainText == expected.content.plainText, "\(document.sourcePath)")
                #expect(document.content.html == expected.content.html, "\(document.sourcePath)")
            }
        }
    }
}

/// The cache's integers survive their encoding at every size and sign.
@Suite struct CacheCodingTests {
    @Test(arguments: [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int(Int32.max), Int(Int32.min), Int.max, Int.min, Int.max - 1, Int.min + 1])
    func integersRoundTrip(value: Int) throws {
        var writer = BinaryWriter()
        writer.int(value)
        writer.string("après")
        let (number, text) = try writer.bytes.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            return (try reader.int(), try reader.string())
        }
        #expect(number == value)
        #expect(text == "après")
    }

    /// Arrays of 32-bit integers are written and read whole, little-endian, at any alignment.
    @Test func int32ArraysRoundTrip() throws {
        let arrays: [[Int32]] = [[], [0], [1, -1, Int32.max, Int32.min, 0x0102_0304], (0..<1000).map { $0 &* 7919 - 500_000 }]
        for values in arrays {
            var writer = BinaryWriter()
            writer.bool(true)
            writer.int32s(values)
            writer.int32s(values.reversed())
            let bytes = writer.bytes
            // Little-endian on every machine.
            if let first = values.first {
                let at = bytes.count - values.count * 8 - (values.count < 64 ? 1 : 2)
                #expect(Array(bytes[at..<at + 4]) == [UInt8(truncatingIfNeeded: first), UInt8(truncatingIfNeeded: first >> 8),
                                                      UInt8(truncatingIfNeeded: first >> 16), UInt8(truncatingIfNeeded: first >> 24)])
            }
            let (forwards, backwards) = try bytes.withUnsafeBytes { bytes in
                var reader = BinaryReader(bytes)
                _ = try reader.bool()
                let result = (try reader.int32s(), try reader.int32s())
                #expect(reader.isAtEnd)
                return result
            }
            #expect(forwards == values && backwards == values.reversed())
            // Cut short, it is malformed, not misread.
            let cut = Array(bytes.dropLast())
            #expect(throws: BinaryReader.Malformed.self) {
                try cut.withUnsafeBytes { bytes in
                    var reader = BinaryReader(bytes)
                    _ = try reader.bool()
                    _ = try reader.int32s()
                    _ = try reader.int32s()
                }
            }
        }
    }
}

extension DocumentCacheTests {
    /// The heads of the entries a load used are saved together, and the next load finds entries
    /// there without opening their files; the text stays in the entry's file. A head whose entry
    /// was written again is taken again from the file, never kept stale.
    @Test func entriesAreFoundByTheirSavedHeads() throws {
        let folder = try ScratchFolder.make("cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = DocumentCache(directory: folder, environment: Fingerprint.of("test"))
        var options = LoadOptions(includeDrafts: true, today: CalendarDate(year: 2026, month: 1, day: 1)!)
        options.cache = cache
        let reference = try #require(HubLoader(contentDirectory: Self.sampleHub, options: options).load().hub)
        let keys = Set(try FileManager.default.contentsOfDirectory(atPath: folder).compactMap { Fingerprint(hex: $0) })
        let heads = cache.loadHeads()
        #expect(!keys.isEmpty && heads.keys == keys)

        // Found by its head even with its file replaced by something unreadable; its text is then not given.
        let review = try #require(reference.documents.first { $0.kind == .review })
        let key = try #require(keys.first { cache.entry(for: $0)?.document.sourcePath == review.sourcePath })
        let entryPath = (folder as NSString).appendingPathComponent(key.description)
        let original = try Data(contentsOf: URL(fileURLWithPath: entryPath))
        try Data("not an entry".utf8).write(to: URL(fileURLWithPath: entryPath))
        #expect(cache.entry(for: key) == nil)
        let fromHead = try #require(cache.entry(for: key, heads: heads))
        #expect(fromHead.document.title == review.title && fromHead.rendering?.content.headings == review.content.headings)
        #expect(fromHead.rendering?.text?.read() == nil)
        try original.write(to: URL(fileURLWithPath: entryPath))
        #expect(try #require(cache.entry(for: key, heads: heads)).rendering?.text?.read() == review.content.plainText)

        // Written again under the same key (a new rendering), the entry's head is the one it was written with.
        var changed = try #require(cache.entry(for: key))
        changed.rendering?.context = Fingerprint.of("another context")
        changed.rendering?.content = review.content
        cache.saveHeads(of: keys, reusing: heads, written: [cache.store(changed, for: key)])
        let saved = cache.loadHeads()
        #expect(saved.keys == keys)
        #expect(cache.entry(for: key, heads: saved)?.rendering?.context == Fingerprint.of("another context"))
        #expect(cache.entry(for: key, heads: saved)?.rendering?.text?.read() == review.content.plainText)

        // The new head was appended, not the file written afresh; written again and again, the file
        // is written afresh before it holds twice what the heads in use need.
        let firstSize = try Data(contentsOf: URL(fileURLWithPath: cache.headsPath)).count
        var sizes: [Int] = []
        for round in 0..<Int(Double(firstSize) / Double(max(1, original.count)) * 3) + 3 {
            changed.rendering?.context = Fingerprint.of("context \(round)")
            cache.saveHeads(of: keys, reusing: cache.loadHeads(), written: [cache.store(changed, for: key)])
            sizes.append(try Data(contentsOf: URL(fileURLWithPath: cache.headsPath)).count)
            #expect(cache.entry(for: key, heads: cache.loadHeads())?.rendering?.context == Fingerprint.of("context \(round)"))
        }
        #expect(sizes.first! > firstSize)
        #expect(sizes.contains { $0 < firstSize + 64 })
        #expect(sizes.allSatisfy { $0 <= 2 * firstSize + 8192 })

        // Cut short, the file gives the heads of its whole records, exactly; the next save writes it afresh.
        let whole = cache.loadHeads()
        let data = try Data(contentsOf: URL(fileURLWithPath: cache.headsPath))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: cache.headsPath))
        let cut = cache.loadHeads()
        #expect(!cut.keys.isEmpty && cut.keys.count < keys.count)
        for key in cut.keys {
            #expect(cut.head(for: key)?.bytes == whole.head(for: key)?.bytes)
            #expect(cache.entry(for: key, heads: cut)?.document.sourcePath == cache.entry(for: key)?.document.sourcePath)
        }
        cache.saveHeads(of: keys, reusing: cut, written: [])
        #expect(cache.loadHeads().keys == keys)
    }
}

import Foundation
@testable import HubCache
import HubModel
import HubSupport
import HubTestSupport
import Testing

/// The heads of the entries a build used are saved together, and the next build finds entries there
/// without opening their files.
@Suite struct DocumentHeadsTests {
    /// The next load finds entries in the heads file; the text and HTML stay in the entry's file. A head
    /// whose entry was written again is taken again from the file, never kept stale.
    @Test func entriesAreFoundByTheirSavedHeads() throws {
        let folder = try ScratchFolder.make("cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = DocumentStore(directory: folder, environment: Fingerprint.of("test"))
        let reference = try DocumentCacheTests.withCache(in: folder) { try DocumentCacheTests.sampleDocuments(memo: $0) }
        let keys = Set(try FileManager.default.contentsOfDirectory(atPath: folder).compactMap { Fingerprint(hex: $0) })
        let heads = store.loadHeads()
        #expect(!keys.isEmpty && heads.keys == keys)

        // Found by its head even with its file replaced by something unreadable; its text is then not given.
        let review = try #require(reference.first { $0.kind == .review })
        let key = try #require(keys.first { store.entry(for: $0)?.metadata.sourcePath == review.sourcePath })
        let entryPath = (folder as NSString).appendingPathComponent(key.description)
        let original = try Data(contentsOf: URL(fileURLWithPath: entryPath))
        try Data("not an entry".utf8).write(to: URL(fileURLWithPath: entryPath))
        #expect(store.entry(for: key) == nil)
        let fromHead = try #require(store.entry(for: key, heads: heads))
        #expect(fromHead.metadata.title == review.title && fromHead.rendering?.headings == review.content.headings)
        #expect(fromHead.rendering?.plainText.read() == nil)
        try original.write(to: URL(fileURLWithPath: entryPath))
        #expect(try #require(store.entry(for: key, heads: heads)).rendering?.plainText.read() == (try review.content.plainText()))

        // Written again under the same key (a new rendering), the entry's head is the one it was written with.
        var changed = try DocumentCacheTests.entry(review)
        changed.rendering?.context = Fingerprint.of("another context")
        store.saveHeads(of: keys, reusing: heads, written: [store.store(changed, for: key)])
        let saved = store.loadHeads()
        #expect(saved.keys == keys)
        #expect(store.entry(for: key, heads: saved)?.rendering?.context == Fingerprint.of("another context"))
        #expect(store.entry(for: key, heads: saved)?.rendering?.plainText.read() == (try review.content.plainText()))
        try checkAppending(store, keys: keys, changed: changed, key: key, entrySize: original.count)
        try checkCutShort(store, keys: keys)
    }

    /// A new head is appended, not the file written afresh; written again and again, the file is
    /// written afresh before it holds twice what the heads in use need.
    private func checkAppending(_ store: DocumentStore, keys: Set<Fingerprint>, changed: CachedDocument, key: Fingerprint,
                                entrySize: Int) throws {
        var changed = changed
        let firstSize = try Data(contentsOf: URL(fileURLWithPath: store.headsPath)).count
        var sizes: [Int] = []
        for round in 0..<Int(Double(firstSize) / Double(max(1, entrySize)) * 3) + 3 {
            changed.rendering?.context = Fingerprint.of("context \(round)")
            store.saveHeads(of: keys, reusing: store.loadHeads(), written: [store.store(changed, for: key)])
            sizes.append(try Data(contentsOf: URL(fileURLWithPath: store.headsPath)).count)
            #expect(store.entry(for: key, heads: store.loadHeads())?.rendering?.context == Fingerprint.of("context \(round)"))
        }
        #expect(sizes.first! > firstSize)
        #expect(sizes.contains { $0 < firstSize + 64 })
        #expect(sizes.allSatisfy { $0 <= 2 * firstSize + 8192 })
    }

    /// Cut short, the file gives the heads of its whole records, exactly; the next save writes it afresh.
    private func checkCutShort(_ store: DocumentStore, keys: Set<Fingerprint>) throws {
        let whole = store.loadHeads()
        let data = try Data(contentsOf: URL(fileURLWithPath: store.headsPath))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: store.headsPath))
        let cut = store.loadHeads()
        #expect(!cut.keys.isEmpty && cut.keys.count < keys.count)
        for key in cut.keys {
            #expect(cut.head(for: key)?.bytes == whole.head(for: key)?.bytes)
            #expect(store.entry(for: key, heads: cut)?.metadata.sourcePath == store.entry(for: key)?.metadata.sourcePath)
        }
        store.saveHeads(of: keys, reusing: cut, written: [])
        #expect(store.loadHeads().keys == keys)
    }
}

import HubSupport
import Foundation
@testable import HubCache
import HubModel
import Testing
import HubTestSupport

/// The source index gives back what was saved, and trusts a stamp only if the file had settled.
@Suite struct SourceIndexTests {
    private let stamp = SourceStamp(inode: 42, size: 1234, modified: 1_000_000_000_000, changed: 1_000_000_000_000)

    @Test func savedEntriesComeBack() throws {
        let folder = try ScratchFolder.make("sources")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = (folder as NSString).appendingPathComponent("sources")
        let entry = SourceIndex.Entry(stamp: stamp, text: Fingerprint.of("text"), readAt: stamp.modified + 10_000_000_000)
        SourceIndex(entries: ["briefs/a.md": entry, "reviews/é.md": entry]).save(to: path)
        let loaded = SourceIndex.load(from: path)
        #expect(loaded.entries == ["briefs/a.md": entry, "reviews/é.md": entry])
        #expect(loaded.text(of: "briefs/a.md", stamp: stamp) == Fingerprint.of("text"))
        #expect(SourceIndex.load(from: path + "-missing").entries.isEmpty)
        let data = try #require(FileManager.default.contents(atPath: path))
        try data.prefix(data.count - 3).write(to: URL(fileURLWithPath: path))
        #expect(SourceIndex.load(from: path).entries.isEmpty, "a damaged index is empty")
    }

    @Test func aStampIsTrustedOnlyWhenUnchangedAndSettled() {
        let settled = SourceIndex.Entry(stamp: stamp, text: Fingerprint.of("a"), readAt: stamp.modified + SourceStamp.settleTime + 1)
        let racy = SourceIndex.Entry(stamp: stamp, text: Fingerprint.of("a"), readAt: stamp.modified + SourceStamp.settleTime)
        #expect(SourceIndex(entries: ["a.md": settled]).text(of: "a.md", stamp: stamp) != nil)
        #expect(SourceIndex(entries: ["a.md": racy]).text(of: "a.md", stamp: stamp) == nil)
        var edited = stamp
        edited.changed += 1
        #expect(SourceIndex(entries: ["a.md": settled]).text(of: "a.md", stamp: edited) == nil)
        edited = stamp
        edited.size += 1
        #expect(SourceIndex(entries: ["a.md": settled]).text(of: "a.md", stamp: edited) == nil)
        #expect(SourceIndex(entries: ["a.md": settled]).text(of: "b.md", stamp: stamp) == nil)
    }
}

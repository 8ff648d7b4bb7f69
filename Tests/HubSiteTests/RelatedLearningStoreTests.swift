import Foundation
import HubModel
@testable import HubSite
import Testing

/// The related learning kept between builds is used only when it is exactly what this build would work out.
@Suite struct RelatedLearningStoreTests {
    @Test func listsComeBackOnlyForTheirOwnFingerprint() throws {
        let store = RelatedLearningStore(path: try ScratchFolder.make("related") + "/cache/related-learning")
        let lists = [[1, 2], [], [0, 1]]
        let fingerprint = Fingerprint.of("related", "one")
        #expect(store.load(matching: fingerprint, documentCount: 3) == nil, "nothing saved yet")
        try store.save(lists, fingerprint: fingerprint)
        #expect(store.load(matching: fingerprint, documentCount: 3) == lists)
        #expect(store.load(matching: Fingerprint.of("related", "two"), documentCount: 3) == nil)
        #expect(store.load(matching: fingerprint, documentCount: 4) == nil, "lists for a hub of another size")
    }

    @Test func aDamagedOrImpossibleFileIsIgnored() throws {
        let folder = try ScratchFolder.make("related")
        let store = RelatedLearningStore(path: folder + "/related-learning")
        let fingerprint = Fingerprint.of("related", "one")
        try store.save([[1], [0]], fingerprint: fingerprint)
        let data = try Data(contentsOf: URL(fileURLWithPath: store.path))
        try data.dropLast(1).write(to: URL(fileURLWithPath: store.path))
        #expect(store.load(matching: fingerprint, documentCount: 2) == nil, "a cut-off file")
        // An index outside the hub would crash the page renderer: such lists are refused.
        try store.save([[5], [0]], fingerprint: fingerprint)
        #expect(store.load(matching: fingerprint, documentCount: 2) == nil)
    }
}

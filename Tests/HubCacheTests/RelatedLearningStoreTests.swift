import HubSupport
import Foundation
import HubModel
@testable import HubCache
import Testing
import HubTestSupport

/// The related learning kept between builds is used only when it is exactly what this build would work out.
@Suite struct RelatedLearningStoreTests {
    @Test func listsComeBackOnlyForTheirOwnFingerprint() throws {
        let store = RelatedLearningStore(directory: try ScratchFolder.make("related") + "/cache/related-learning")
        let lists = [[1, 2], [], [0, 1]]
        let fingerprint = Fingerprint.of("related", "one")
        #expect(store.load(matching: fingerprint, documentCount: 3) == nil, "nothing saved yet")
        store.save(lists, fingerprint: fingerprint)
        #expect(store.load(matching: fingerprint, documentCount: 3) == lists)
        #expect(store.load(matching: Fingerprint.of("related", "two"), documentCount: 3) == nil)
        #expect(store.load(matching: fingerprint, documentCount: 4) == nil, "lists for a hub of another size")
    }

    @Test func aDamagedOrImpossibleFileIsIgnored() throws {
        let folder = try ScratchFolder.make("related")
        let store = RelatedLearningStore(directory: folder + "/related-learning")
        let fingerprint = Fingerprint.of("related", "one")
        store.save([[1], [0]], fingerprint: fingerprint)
        let file = URL(fileURLWithPath: folder + "/related-learning/" + fingerprint.description)
        let data = try Data(contentsOf: file)
        try data.dropLast(1).write(to: file)
        #expect(store.load(matching: fingerprint, documentCount: 2) == nil, "a cut-off file")
        // An index outside the hub would crash the page renderer: such lists are refused.
        store.save([[5], [0]], fingerprint: fingerprint)
        #expect(store.load(matching: fingerprint, documentCount: 2) == nil)
    }
}

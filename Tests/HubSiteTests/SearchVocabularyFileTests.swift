import Foundation
import HubModel
@testable import HubSearch
import HubTestSupport
import Testing

/// The vocabulary and correction files a built hub carries: written with their script twins, holding
/// hub.yaml's synonyms, and an index that keeps the vocabulary's phrases and hyphenated words joined.
@Suite struct SearchVocabularyFileTests {
    static func hub(search: String) throws -> FixtureHub {
        var files = TestShire.standardFiles
        files["briefs/brief-1.md"] = TestShire.brief(title: "Brief on planning", published: "2024-02-01",
                                                     body: "## Finding\n\nThe child was not brought to a MARAC. Self-harm and behavior.\n")
        let hub = try FixtureHub.testShire(files)
        try hub.write("hub.yaml", HubYAML.testShire.text + search)
        return hub
    }

    static func json(_ data: Data?) throws -> [String: Any] {
        let bytes = try #require(data)
        return try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    }

    @Test func theHubsSynonymsReachTheClientAndTheIndex() throws {
        let hub = try Self.hub(search: "search:\n  synonyms:\n    MARAC: [multi-agency risk assessment conference]\n    DA: []\n")
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let files = hub.snapshot()
        for name in ["vocabulary", "words"] {
            let json = try #require(files["search/index/\(name).json"])
            let script = try #require(files["search/index/\(name).js"])
            #expect(script == SearchIndexWriter.script(name, json))
        }
        let vocabulary = try Self.json(files["search/index/vocabulary.json"])
        let entries = try #require(vocabulary["synonyms"] as? [[String: Any]]).compactMap { $0["same"] as? [String] }
        #expect(entries.contains(["MARAC", "multi-agency risk assessment conference"]))
        #expect(!entries.contains { $0.first == "DA" }, "removed by hub.yaml")
        #expect(entries.contains { $0.first == "HV" }, "the defaults stay")
        // The index has the phrase, the joined word and the British spelling.
        var terms: Set<String> = []
        for (path, data) in files where path.hasPrefix("search/index/terms/") { terms.formUnion(try Self.json(data).keys) }
        #expect(terms.isSuperset(of: ["was not brought", "selfharm", "self harm", "behaviour", "marac"]))
        #expect(!terms.contains("behavior"))
        let words = try Self.json(files["search/index/words.json"])
        let kept = try #require(words["buckets"] as? [[Any]]).flatMap { ($0[1] as? String)?.split(separator: " ").map(String.init) ?? [] }
        #expect(kept.contains("selfharm") && kept.contains("neglect") && !kept.contains("self harm"))
    }

    @Test func aMistakeInTheSynonymsIsReportedWithItsLine() throws {
        let hub = try Self.hub(search: "search:\n  synonyms:\n    DA: [domestic abuse, [nested]]\n")
        let report = hub.build()
        #expect(!report.succeeded)
        let line = HubYAML.testShire.text.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        #expect(report.diagnostics.contains {
            $0.location.path.hasSuffix("hub.yaml") && $0.location.line == line && $0.message.contains("each synonym of 'DA'")
        }, "\(report.diagnostics)")
    }
}

import HubTestSupport
@testable import HubModel
import Testing

/// `search: synonyms:` in hub.yaml: entries as lists or as `same` and `broader`, removals, and every
/// mistake reported where it is.
@Suite struct SearchSynonymParserTests {
    static let path = "content/hub.yaml"

    func parse(_ search: String) -> (HubConfig?, DiagnosticLog) {
        var log = DiagnosticLog()
        let config = HubConfigParser.parse(HubYAML.testHub.text + search, path: Self.path, log: &log)
        return (config, log)
    }

    /// The line of hub.yaml that `search` starts at: after the test hub's lines.
    var firstLine: Int { HubYAML.testHub.text.split(separator: "\n", omittingEmptySubsequences: false).count }

    @Test func readsListsMappingsAndRemovals() throws {
        let (config, log) = parse("""
        search:
          synonyms:
            MARAC: [multi-agency risk assessment conference]
            CSE:
              same: [child sexual exploitation, sexual exploitation]
              broader: exploitation
            kinship care: family and friends care
            HV: []
            GP:

        """)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        let synonyms = try #require(config).searchSynonyms
        #expect(synonyms == [
            SearchSynonym("MARAC", same: ["multi-agency risk assessment conference"]),
            SearchSynonym("CSE", same: ["child sexual exploitation", "sexual exploitation"], broader: ["exploitation"]),
            SearchSynonym("kinship care", same: ["family and friends care"]),
            SearchSynonym("HV", same: []),
            SearchSynonym("GP", same: []),
        ])
        #expect(synonyms.map(\.isRemoval) == [false, false, false, true, true])
    }

    @Test func aHubWithoutSearchSettingsHasNoSynonyms() throws {
        let (config, log) = parse("")
        #expect(log.diagnostics.isEmpty)
        #expect(try #require(config).searchSynonyms.isEmpty)
    }

    @Test func mistakesAreReportedWhereTheyAre() {
        let line = firstLine
        let (config, log) = parse("""
        search:
          synonym: []
          synonyms:
            DA: [domestic abuse, {nested: map}]
            "--": [x]
            CSE:
              same: [child sexual exploitation]
              narrower: [county lines]
            da: [dv]
            LAC: {same: "!!!"}

        """)
        #expect(config != nil, "a mistake in the synonyms does not stop the settings being read")
        #expect(log.diagnostics.map(\.message) == [
            "unknown search field 'synonym' is ignored",
            "each synonym of 'DA' must be a word or phrase",
            "a synonym's name must be a word or phrase",
            "unknown synonym field 'narrower' is ignored",
            "the synonym 'da' is declared twice",
            "each synonym of 'LAC' must be a word or phrase",
        ])
        #expect(log.diagnostics.map(\.location.line) == [line + 1, line + 3, line + 4, line + 7, line + 8, line + 9])
        #expect(log.diagnostics[1].hint == "write plain text, e.g. [domestic abuse, DA]")
    }

    @Test func searchMustBeAMappingAndSynonymsToo() {
        let (_, log) = parse("search: [synonyms]\n")
        #expect(log.diagnostics.map(\.message) == ["'search' must be a mapping"])
        let (_, other) = parse("search:\n  synonyms: [DA, domestic abuse]\n")
        #expect(other.diagnostics.map(\.message)
                    == ["'synonyms' must be a mapping of a word or phrase to the words and phrases that mean the same"])
        #expect(other.diagnostics.first?.location.line == firstLine + 1)
    }
}

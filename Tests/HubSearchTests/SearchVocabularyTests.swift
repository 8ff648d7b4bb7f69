import Foundation
import HubModel
@testable import HubSearch
import Testing

/// The search vocabulary: the default list, a hub's entries in place of the defaults of the same name,
/// the phrases the index keeps, and the file the search client reads.
@Suite struct SearchVocabularyTests {
    static let defaults = [
        SearchSynonym("DA", same: ["domestic abuse", "domestic violence"]),
        SearchSynonym("HV", same: ["health visitor"]),
        SearchSynonym("self-harm", same: ["self injury"]),
    ]

    @Test func hubEntriesReplaceRemoveAndAdd() {
        let vocabulary = SearchVocabulary(hub: [
            SearchSynonym("da", same: ["domestic abuse"], broader: ["abuse"]),
            SearchSynonym("hv", same: []),
            SearchSynonym("self harm", same: ["self-injury", "DSH"]),
            SearchSynonym("MARAC", same: ["multi-agency risk assessment conference"]),
            SearchSynonym("nothing", same: []),
        ], defaults: Self.defaults)
        #expect(vocabulary.synonyms == [
            SearchSynonym("da", same: ["domestic abuse"], broader: ["abuse"]),
            SearchSynonym("self harm", same: ["self-injury", "DSH"]),
            SearchSynonym("MARAC", same: ["multi-agency risk assessment conference"]),
        ])
    }

    @Test func theIndexKeepsTheMultiWordExpressionsAsPhrases() {
        let vocabulary = SearchVocabulary(hub: [SearchSynonym("LAC", same: ["looked after", "children looked after"])], defaults: Self.defaults)
        let phrases = vocabulary.tokenizer.phrases.map(\.term)
        #expect(Set(phrases) == ["domest abus", "domest violenc", "health visitor", "self harm", "self injuri", "look after",
                                 "children look after"])
        #expect(vocabulary.tokenizer.terms("Children looked after by the council") == ["children", "look", "children look after", "look after", "council"])
    }

    @Test func theDefaultListIsWellFormed() {
        let vocabulary = SearchVocabulary(hub: [])
        #expect(vocabulary.synonyms.count == DefaultSynonyms.all.count)
        var names: Set<String> = []
        for entry in DefaultSynonyms.all {
            #expect(names.insert(SearchVocabulary.nameKey(entry.name)).inserted, "\(entry.name) is listed twice")
            #expect(!entry.isRemoval, "\(entry.name) has no synonyms")
            for expression in [entry.name] + entry.same + entry.broader {
                // Every expression is a word the index has, or a phrase it keeps.
                let words = SearchTokenizer().terms(expression)
                #expect(!words.isEmpty || vocabulary.tokenizer.phraseTerm(expression) != nil, "\(expression)")
            }
        }
        // The acronyms and terms the issue names across the UK nations.
        let everything = Set(DefaultSynonyms.all.flatMap { [$0.name] + $0.same + $0.broader }.map(SearchVocabulary.nameKey))
        for expected in ["da", "dv", "domestic violence", "cse", "cce", "csa", "lac", "cla", "care experienced", "camhs",
                         "hv", "health visitor", "gp", "icpc", "rcpc", "cp plan", "child protection plan", "registration",
                         "s47", "section 47", "ird", "inter agency referral discussion", "mash", "lado", "sudi",
                         "sudden unexpected death in infancy", "co sleeping", "bed sharing", "was not brought",
                         "did not attend", "substance misuse", "drugs and alcohol"] {
            #expect(everything.contains(expected), "\(expected)")
        }
    }

    @Test func theClientFileHoldsTheSpellingsAndEachEntry() throws {
        let vocabulary = SearchVocabulary(hub: [SearchSynonym("CSE", same: ["sexual exploitation"], broader: ["exploitation"])],
                                          defaults: Self.defaults)
        let json = try #require(try JSONSerialization.jsonObject(with: vocabulary.clientJSON()) as? [String: Any])
        let spelling = try #require(json["spelling"] as? [String: Any])
        #expect((spelling["roots"] as? [String: String])?["behavior"] == "behaviour")
        #expect((spelling["words"] as? [String: String])?["pediatrician"] == "paediatrician")
        #expect((spelling["endings"] as? [String])?.last == "")
        #expect((spelling["zEndings"] as? [String]) == SpellingVariants.zEndings)
        let synonyms = try #require(json["synonyms"] as? [[String: Any]])
        #expect(synonyms.count == 4)
        #expect(synonyms[0]["same"] as? [String] == ["DA", "domestic abuse", "domestic violence"])
        #expect(synonyms[0]["broader"] == nil)
        #expect(synonyms[3]["same"] as? [String] == ["CSE", "sexual exploitation"])
        #expect(synonyms[3]["broader"] as? [String] == ["exploitation"])
    }
}

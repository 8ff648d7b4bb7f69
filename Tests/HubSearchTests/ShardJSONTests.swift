import Foundation
@testable import HubSearch
import Testing

/// Shards written by hand must be the bytes JSONEncoder would write for the same dictionary.
@Suite struct ShardJSONTests {
    @Test func matchesJSONEncoderOnTrickyTerms() throws {
        let terms = ["Z", "a\u{2028}b", "back\\slash", "ctl\u{1}x\u{1f}", "e", "ee", "nl\nx\r\t\u{8}\u{c}", "q\"t", "sl/ash",
                     "z", "\u{7f}del", "é", "é2", "ﬁ", "ａ", "😀", "", "naïve"]
        let sorted = terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_\"\\/\u{1}é")
        let pairs = sorted.map { term in
            (term: term, postings: String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(Dictionary(uniqueKeysWithValues: pairs.map { ($0.term, $0.postings) }))
        let written = ShardJSON.object(pairs)
        #expect(written == expected, "\(String(decoding: written, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
        #expect(ShardJSON.object([]) == (try encoder.encode([String: String]())))
    }

    /// Shards written straight from the runs' postings are the shards of the gathered postings.
    @Test func shardsFromRunsMatchShardsOfGatheredPostings() {
        let index = SearchIndexBuilder().build(SearchIndexBuilderTests.documents(300))
        #expect(index.runs.count > 1)
        let postings = index.postings
        for range in [0..<index.terms.count, 0..<0, 3..<40, (index.terms.count - 5)..<index.terms.count] {
            let pairs = range.map { (term: index.terms[$0], postings: SearchIndexWriter.encode(postings[$0])) }
            #expect(ShardJSON.object(index, terms: range) == ShardJSON.object(pairs))
            #expect(range.allSatisfy { index.postingCount(of: $0) == postings[$0].count })
        }
    }
}

import Foundation
@testable import HubSearch
import HubTestSupport
import Testing

/// The correction dictionary: terms of letters only, grouped by how many documents have them, the most
/// common first, and no more than fits the budget once gzipped.
@Suite struct SpellingDictionaryTests {
    static func buckets(_ json: Data) throws -> [(Int, [String])] {
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let buckets = try #require(object["buckets"] as? [[Any]])
        return try buckets.map { pair in (try #require(pair[0] as? Int), (try #require(pair[1] as? String)).split(separator: " ").map(String.init)) }
    }

    @Test func keepsWordsByHowCommonTheyAre() throws {
        // "neglect" in 8 documents, "safeguard" in 2, "rare" in 1; numbers, phrases and other scripts are left out.
        var postings: [String: [SearchIndex.Posting]] = [:]
        postings["neglect"] = (0..<8).map { .init(document: $0, weight: 3) }
        postings["safeguard"] = [.init(document: 0, weight: 1), .init(document: 5, weight: 9)]
        postings["rare"] = [.init(document: 3, weight: 1)]
        postings["2021"] = [.init(document: 3, weight: 1)]
        postings["look after"] = [.init(document: 3, weight: 1)]
        postings["ελληνικα"] = [.init(document: 1, weight: 1)]
        postings["x"] = [.init(document: 1, weight: 1)]
        let terms = postings.keys.sorted { TermBytes.compare($0, $1) < 0 }
        let index = SearchIndex(documentCount: 8, terms: terms, postings: terms.map { postings[$0]! }, averageLength: 10)
        let buckets = try Self.buckets(SpellingDictionary.json(index))
        #expect(buckets.map(\.0) == [12, 4, 0], "floor(4 log2 df): 8 documents, 2, 1")
        #expect(buckets.map(\.1) == [["neglect"], ["safeguard"], ["rare"]])
    }

    @Test func aLargeHubKeepsTheCommonestWordsWithinTheBudget() throws {
        // 60,000 made-up terms, a few in many documents, most in one or two.
        var generator = SeededGenerator(seed: 22)
        var names = Set<String>()
        while names.count < 60_000 {
            names.insert(String((0..<Int.random(in: 5...11, using: &generator)).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &generator)! }))
        }
        let terms = names.sorted { TermBytes.compare($0, $1) < 0 }
        let postings = terms.enumerated().map { number, _ -> [SearchIndex.Posting] in
            let count = number % 500 == 0 ? 400 : number % 13 == 0 ? 20 : 1 + number % 2
            return (0..<count).map { .init(document: $0, weight: 1) }
        }
        let index = SearchIndex(documentCount: 400, terms: terms, postings: postings, averageLength: 10)
        let json = SpellingDictionary.json(index)
        #expect(Self.gzipSize(json) <= SpellingDictionary.budget)
        let kept = try Self.buckets(json)
        #expect(kept.first?.1.count == 120, "every term in 400 documents")
        #expect(kept.contains { $0.0 == Int((log2(20.0) * 4).rounded(.down)) }, "and those in 20")
        #expect(!kept.contains { $0.0 == 4 || $0.0 == 0 }, "but not the rarest, which would not fit")
    }

    static func gzipSize(_ data: Data) -> Int {
        GzipCompressor(level: 6).compress([String(decoding: data, as: UTF8.self)]).count
    }
}

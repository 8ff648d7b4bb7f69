@testable import HubSearch
import Testing

/// The vocabulary's order is plain UTF-8 byte order, however terms share their first eight bytes.
@Suite struct TermVocabularyTests {
    @Test func sortsAsUTF8Bytes() {
        var terms = ["", "a", "ab", "abc", "abcdefgh", "abcdefghi", "abcdefgha", "abcdefgh\u{e9}", "abcdefg", "b", "Z", "zz",
                     "\u{e9}", "e\u{301}", "\u{212A}", "K", "😀", "abcdefghijklmnop", "abcdefghijklmnoa", "9", "10", "1"]
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abé😀")
        for _ in 0..<500 {
            terms.append(String((0..<Int.random(in: 0...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! }))
        }
        let order = TermVocabulary.sortedOrder(terms)
        let sorted = order.map { terms[$0] }
        #expect(sorted == terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(Set(order).count == terms.count)
    }

    @Test func mergesSortedRunsIntoOneSortedVocabulary() {
        let runs = [["child", "walk", "é"], ["agenc", "child", "e\u{301}"], ["zebra"], []]
        let vocabulary = TermVocabulary(sortedRuns: runs)
        #expect(vocabulary.terms.map { Array($0.utf8) } == ["agenc", "child", "e\u{301}", "walk", "zebra", "é"].map { Array($0.utf8) })
        #expect(vocabulary.globalIDs == [[1, 3, 5], [0, 1, 2], [4], []])
        #expect(TermVocabulary(sortedRuns: []).terms.isEmpty)
    }

    /// Terms are told apart by their bytes: canonically equivalent spellings stay two terms, so a
    /// term's spelling never depends on which run or document met it first.
    @Test func termsAreToldApartByTheirBytes() {
        #expect("\u{212A}" == "K")
        let vocabulary = TermVocabulary(sortedRuns: [["K", "x", "\u{e9}"], ["e\u{301}", "\u{212A}"], [""], ["", "x"]])
        #expect(vocabulary.terms.map { Array($0.utf8) } == ["", "K", "e\u{301}", "x", "\u{e9}", "\u{212A}"].map { Array($0.utf8) })
        #expect(vocabulary.globalIDs == [[1, 3, 4], [2, 5], [0], [0, 3]])
    }

    /// Random runs, with terms that share their first eight bytes or are prefixes of each other,
    /// merge as a set of terms sorted by bytes would, with or without the runs' prefix keys given.
    @Test func mergesAsASortedSetWould() {
        var generator = SystemRandomNumberGenerator()
        let stems = ["", "a", "abcdefgh", "abcdefg", "abcdefghij", "é", "zz", "abcdefgh\u{e9}"]
        for _ in 0..<50 {
            let runs: [[String]] = (0..<Int.random(in: 1...9, using: &generator)).map { _ in
                let terms = Set((0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    stems.randomElement(using: &generator)! + String(Int.random(in: 0...30, using: &generator))
                })
                return terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            }
            let expected = Set(runs.joined()).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for vocabulary in [TermVocabulary(sortedRuns: runs),
                               TermVocabulary(sortedRuns: runs, prefixKeys: runs.map { $0.map(TermBytes.prefixKey) })] {
                #expect(vocabulary.terms == expected)
                #expect(zip(runs, vocabulary.globalIDs).allSatisfy { terms, ids in terms.map { expected.firstIndex(of: $0)! } == ids.map(Int.init) })
            }
        }
    }
}

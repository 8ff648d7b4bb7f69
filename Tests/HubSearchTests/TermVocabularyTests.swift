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

    @Test func mergesRunsIntoOneSortedVocabulary() {
        let runs = [["walk", "child", "é"], ["child", "e\u{301}", "agenc"], ["zebra"]]
        let vocabulary = TermVocabulary(runs)
        #expect(vocabulary.terms == ["agenc", "child", "walk", "zebra", "é"])
        #expect(vocabulary.globalIDs == [[2, 1, 4], [1, 4, 0], [3]])
    }

    /// Terms equal as Strings are one term, spelt as the first run spells it, ASCII or not.
    @Test func canonicallyEquivalentTermsAreOneTerm() {
        #expect("\u{212A}" == "K")
        let kelvinFirst = TermVocabulary([["\u{212A}", "x"], ["K"], ["e\u{301}"], ["\u{e9}", "x"]])
        // Compared as bytes, as String equality would not tell the spellings apart.
        #expect(kelvinFirst.terms.map { Array($0.utf8) } == ["e\u{301}", "x", "\u{212A}"].map { Array($0.utf8) })
        #expect(kelvinFirst.globalIDs == [[2, 1], [2], [0], [0, 1]])
        let asciiFirst = TermVocabulary([["K"], ["\u{212A}", "\u{e9}"], ["e\u{301}"]])
        #expect(asciiFirst.terms.map { Array($0.utf8) } == ["K", "\u{e9}"].map { Array($0.utf8) })
        #expect(asciiFirst.globalIDs == [[0], [0, 1], [1]])
        let empty = TermVocabulary([[""], ["", "a"]])
        #expect(empty.terms == ["", "a"])
        #expect(empty.globalIDs == [[0], [0, 1]])
    }
}

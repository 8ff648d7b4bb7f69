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
}

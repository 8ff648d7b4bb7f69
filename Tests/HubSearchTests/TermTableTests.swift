@testable import HubSearch
import Testing

/// Words of every length, alike in their first bytes, at the end of a text or not, keep their own terms.
@Suite struct TermTableTests {
    @Test func wordsOfEveryLengthKeepTheirTerms() {
        let base = "abcdefghijklmnopqrstuvwxyz0123456789"
        var words: [String] = []
        for length in 1...base.count {
            let word = String(base.prefix(length))
            words.append(word)
            // The same first bytes, a different last one.
            words.append(String(word.dropLast()) + "Z")
        }
        words.append(String(repeating: "x", count: 200))
        words.append(String(repeating: "x", count: 199) + "y")
        let table = TermTable()
        let tokenizer = SearchTokenizer()
        let expected = words.map { tokenizer.term(ofWord: $0) }
        // Each word alone (so its bytes end the text), then all together, twice.
        for word in words {
            var ids: [Int32] = []
            table.forEachTermID(in: word) { ids.append($0) }
            #expect(ids.map { table.terms[Int($0)] } == [tokenizer.term(ofWord: word)].filter { !$0.isEmpty }, "\(word)")
        }
        for _ in 0..<2 {
            var terms: [String] = []
            table.forEachTermID(in: words.joined(separator: " ")) { terms.append(table.terms[Int($0)]) }
            #expect(terms == expected.filter { !$0.isEmpty })
        }
    }
}

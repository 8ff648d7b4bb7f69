import Testing
@testable import HubSearch

@Suite struct SearchTokenizerTests {
    let tokenizer = SearchTokenizer()

    @Test func foldsCaseAndDiacriticsDropsStopWordsAndStems() {
        #expect(tokenizer.terms("The Neglected CHILDREN of Zoë") == ["neglect", "children", "zoe"])
    }

    @Test func keepsApostrophesInsideWordsOnly() {
        #expect(tokenizer.terms("the child's voice, the children’s views, 'quoted'") == ["child", "voic", "children", "view", "quot"])
    }

    @Test func splitsOnHyphensAndPunctuationAndKeepsNumbers() {
        #expect(tokenizer.terms("pre-birth planning (2021): R1, 12,000") == ["pre", "birth", "plan", "2021", "r1", "12", "000"])
    }

    @Test func countsEveryWordIncludingStopWords() {
        var terms: [String] = []
        let words = tokenizer.forEachTerm(in: "What it means for practice") { terms.append($0) }
        #expect(words == 5)
        #expect(terms == ["mean", "practic"])
    }

    @Test func handlesNonLatinScriptsMarksAndEmoji() {
        #expect(tokenizer.terms("Ελληνικά naïve café 👩‍👧 e\u{301}te") == ["ελληνικα", "naiv", "cafe", "ete"])
    }

    @Test func emptyAndSymbolOnlyTextHaveNoTerms() {
        #expect(tokenizer.terms("").isEmpty)
        #expect(tokenizer.terms(" — … !!! ").isEmpty)
    }
}

@Suite struct PostingsCoderTests {
    @Test func roundTripsSmallAndLargeNumbers() {
        var bytes: [UInt8] = []
        let values = [0, 1, 31, 32, 1023, 1024, 123_456, 9_999_999]
        values.forEach { PostingsCoder.append($0, to: &bytes) }
        #expect(PostingsCoder.decode(String(decoding: bytes, as: UTF8.self)) == values)
        var single: [UInt8] = []
        PostingsCoder.append(31, to: &single)
        #expect(single.count == 1, "numbers below 32 take one character")
    }

    @Test func postingsEncodeGapsAndWeights() {
        let encoded = SearchIndexWriter.encode([.init(document: 0, weight: 5), .init(document: 3, weight: 31), .init(document: 40, weight: 1)])
        #expect(PostingsCoder.decode(encoded) == [0, 5, 2, 31, 36, 1])
    }
}

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
        // A hyphenated word also gives the term of its parts joined, after its last part.
        #expect(tokenizer.terms("pre-birth planning (2021): R1, 12,000") == ["pre", "birth", "prebirth", "plan", "2021", "r1", "12", "000"])
    }

    @Test func hyphenatedWordsMeetTheirJoinedSpelling() {
        #expect(tokenizer.terms("self-harm") == ["self", "harm", "selfharm"])
        #expect(tokenizer.terms("selfharm") == ["selfharm"])
        #expect(tokenizer.terms("co\u{2010}sleeping and co\u{2011}sleeping") == ["co", "sleep", "cosleep", "co", "sleep", "cosleep"])
        #expect(tokenizer.terms("mother-in-law") == ["mother", "law", "motherinlaw"])
        // Not a number range, nor a run of five, nor a hyphen with a space.
        #expect(tokenizer.terms("2019-20 a-b-c-d-e self- harm") == ["2019", "20", "b", "c", "d", "e", "self", "harm"])
    }

    @Test func americanSpellingsAreTheBritishTerm() {
        let pairs = [("behavior", "behaviour"), ("behaviors", "behaviours"), ("behavioral", "behavioural"),
                     ("organization", "organisation"), ("organizations", "organisations"), ("organized", "organised"),
                     ("analyze", "analyse"), ("pediatrician", "paediatrician"), ("counseling", "counselling"),
                     ("center", "centre"), ("defense", "defence"), ("judgment", "judgement"), ("neighborhood", "neighbourhood"),
                     ("Behavior's", "behaviour's"), ("program", "programme"), ("fetal", "foetal")]
        for (american, british) in pairs {
            #expect(tokenizer.terms(american) == tokenizer.terms(british), "\(american)")
        }
        // Words that only look American keep their term.
        for word in ["size", "prize", "seize", "citizen", "labour", "laboratory", "colorado"] {
            #expect(tokenizer.terms(word) == [EnglishStemmer().stem(word)], "\(word)")
        }
    }

    @Test func phrasesOfTheVocabularyAreTermsOfTheirOwn() {
        let tokenizer = SearchTokenizer(phrases: ["looked after", "was not brought", "domestic abuse", "after", "the", "x"])
        #expect(tokenizer.phraseTerm("Looked-after") == "look after")
        #expect(tokenizer.phraseTerm("Was NOT brought") == "was not brought")
        #expect(tokenizer.phraseTerm("after") == nil)
        #expect(tokenizer.phraseTerm("in the") == nil, "stop words only")
        #expect(tokenizer.terms("The child was not brought; she was looked after.")
                    == ["child", "brought", "was not brought", "look", "look after"])
        // Not across a sentence, nor a blank line; and whatever the case and word form.
        #expect(tokenizer.terms("He looked. After that") == ["look"])
        #expect(tokenizer.terms("domestic\n\nabuse") == ["domest", "abus"])
        #expect(tokenizer.terms("DOMESTIC ABUSES, domestic\nabuse") == ["domest", "abus", "domest abus", "domest", "abus", "domest abus"])
        #expect(tokenizer.fingerprint != SearchTokenizer().fingerprint)
        #expect(tokenizer.fingerprint == SearchTokenizer(phrases: ["domestic abuse", "looked after", "was not brought"]).fingerprint)
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

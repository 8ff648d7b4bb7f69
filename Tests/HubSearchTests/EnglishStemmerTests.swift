import Foundation
import Testing
@testable import HubSearch

@Suite struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    /// The Snowball project's reference data: line n of voc.txt stems to line n of output.txt.
    /// Found next to this source file, not through bundle resources.
    static let referenceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Resources/snowball-english", isDirectory: true)

    static func lines(of name: String) throws -> [Substring] {
        let text = try String(contentsOf: referenceFolder.appendingPathComponent(name), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test func stemsTheWholeSnowballReferenceVocabulary() throws {
        let words = try Self.lines(of: "voc.txt")
        let expected = try Self.lines(of: "output.txt")
        try #require(words.count == 42_649)
        try #require(expected.count == words.count)

        var mismatches: [String] = []
        var mismatchCount = 0
        for (word, stem) in zip(words, expected) {
            let got = stemmer.stem(String(word))
            if got != stem {
                mismatchCount += 1
                if mismatches.count < 20 { mismatches.append("\(word): expected \(stem), got \(got)") }
            }
        }
        #expect(
            mismatchCount == 0,
            "\(mismatchCount) of \(words.count) words stem differently from the reference:\n\(mismatches.joined(separator: "\n"))"
        )
    }

    @Test(arguments: [
        ("safeguarding", "safeguard"),
        ("generously", "generous"),
        ("generate", "generat"),
        ("neglected", "neglect"),
        ("children", "children"),
        ("information", "inform"),
        ("transitions", "transit"),
        ("consistency", "consist"),
        ("running", "run"),
        ("hoped", "hope"),
        ("cries", "cri"),
        ("ties", "tie"),
        ("dying", "die"),
        ("skies", "sky"),
        ("news", "news"),
        ("proceeding", "proceed"),
        ("succeeds", "succeed"),
        ("innings", "inning"),
        ("universities", "universiti"),
        ("geologist", "geolog"),
        ("'quoted'", "quot"),
        ("yearly", "year"),
    ])
    func stemsCommonWords(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test func leavesShortWordsAlone() {
        #expect(stemmer.stem("") == "")
        #expect(stemmer.stem("a") == "a")
        #expect(stemmer.stem("is") == "is")
        #expect(stemmer.stem("us") == "us")
    }

    @Test func copesWithAnyString() {
        // Not words the caller should send, but none may crash, and letters outside a-z are kept.
        for text in ["'", "''", "'''", "'s'", "yyy", "y'y", "1999s", "naïvely", "日本語です", "e\u{301}es", "ZZZ", "  ", "-ing", "ying", "eed"] {
            _ = stemmer.stem(text)
        }
        #expect(stemmer.stem("naïvely") == "naïv")
        #expect(stemmer.stem("日本語") == "日本語")
    }
}

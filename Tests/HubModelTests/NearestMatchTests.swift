import Testing
@testable import HubModel

@Suite("NearestMatch")
struct NearestMatchTests {
    static let themes = ["neglect", "information-sharing", "transitions", "voice-of-the-child", "domestic-abuse"]

    @Test(arguments: [
        ("neglet", "neglect"),
        ("Neglect", "neglect"),
        ("negelct", "neglect"),
        ("transition", "transitions"),
        ("informaton-sharing", "information-sharing"),
        ("information", "information-sharing"),
        ("voice", "voice-of-the-child"),
    ] as [(String, String)])
    func suggestsTheNearestTheme(word: String, expected: String) {
        #expect(NearestMatch.suggestion(for: word, among: Self.themes) == expected)
    }

    @Test(arguments: ["housing", "xyz", "ab", "safeguarding-adults"])
    func suggestsNothingWhenNothingIsClose(word: String) {
        #expect(NearestMatch.suggestion(for: word, among: Self.themes) == nil)
    }

    @Test func keepsTheCandidatesSpelling() {
        #expect(NearestMatch.suggestion(for: "cspR", among: ["SCR", "CSPR"]) == "CSPR")
    }

    @Test func firstOfEquallyNearCandidatesWins() {
        #expect(NearestMatch.suggestion(for: "sbr", among: ["sar", "scr", "sir"]) == "sar")
    }

    @Test func noCandidatesMeansNoSuggestion() {
        #expect(NearestMatch.suggestion(for: "neglect", among: []) == nil)
    }

    @Test func hintNamesTheMatch() {
        #expect(NearestMatch.hint(for: "neglet", among: Self.themes, kind: "theme") == "did you mean 'neglect'?")
    }

    @Test func hintListsCandidatesWhenNothingIsClose() {
        #expect(NearestMatch.hint(for: "housing", among: ["neglect", "transitions"], kind: "theme")
            == "known themes: neglect, transitions")
    }

    @Test func hintSaysWhenNothingIsDeclared() {
        #expect(NearestMatch.hint(for: "housing", among: [], kind: "committee") == "no committee is declared")
    }

    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2),
        ("neglect", "neglect", 0), ("neglet", "neglect", 1), ("café", "cafe", 1), ("ab", "ba", 2),
    ])
    func editDistanceIsLevenshtein(a: String, b: String, distance: Int) {
        #expect(NearestMatch.editDistance(a, b) == distance)
        #expect(NearestMatch.editDistance(b, a) == distance)
    }
}

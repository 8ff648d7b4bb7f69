/// Decides how a word broken across two lines with a hyphen is put together again: "infor-" "mation"
/// is "information", but "multi-" "agency" is "multi-agency". The document's own words decide: the form
/// it uses more often elsewhere wins; otherwise a prefix usually written with a hyphen keeps it.
struct HyphenJoiner {
    /// How often each word of the document appears unbroken, in lower case.
    let vocabulary: [String: Int]

    static let hyphenatedPrefixes: Set<String> = ["multi", "non", "self", "cross", "ex", "co", "pre", "post", "anti", "semi",
                                                  "well", "step", "half", "part", "full", "long", "short", "inter", "sub", "under", "over"]

    /// The characters a line can end with when a word is broken: hyphen, Unicode hyphen, soft hyphen.
    static let breakHyphens: Set<Character> = ["-", "\u{2010}", "\u{AD}"]

    init(words: [String]) {
        vocabulary = words.reduce(into: [:]) { counts, word in counts[Self.bare(word), default: 0] += 1 }
    }

    /// `first` (ending in a hyphen) and `second` as one word.
    func join(_ first: String, _ second: String) -> String {
        let stem = String(first.dropLast())
        if first.last == "\u{AD}" { return stem + second }
        let (word, rest) = Self.leadingWord(second)
        let joined = Self.bare(stem + word)
        let hyphenated = Self.bare(stem + "-" + word)
        let (joinedCount, hyphenatedCount) = (vocabulary[joined] ?? 0, vocabulary[hyphenated] ?? 0)
        if joinedCount > hyphenatedCount { return stem + second }
        if hyphenatedCount > joinedCount { return stem + "-" + word + rest }
        let prefix = Self.bare(stem).split(separator: " ").last.map(String.init) ?? ""
        return Self.hyphenatedPrefixes.contains(prefix) ? stem + "-" + word + rest : stem + second
    }

    /// The letters at the start of `text`, and what follows them.
    private static func leadingWord(_ text: String) -> (String, String) {
        let word = text.prefix { $0.isLetter }
        return (String(word), String(text.dropFirst(word.count)))
    }

    /// A word in lower case without the punctuation around it.
    static func bare(_ word: String) -> String {
        word.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.symbols).subtracting(["-"]))
    }
}

/// Decides how a word broken across two lines with a hyphen is put together again: "infor-" "mation"
/// is "information", but "multi-" "agency" is "multi-agency". The document's own words decide: the form
/// it uses more often elsewhere wins; otherwise a prefix usually written with a hyphen keeps it, and
/// any other word follows the document's habit (`joinsUnknown`): a typesetter that hyphenates words
/// breaks "infor-mation", while Word, which does not by default, breaks a line only after a real hyphen.
struct HyphenJoiner {
    /// How often each word of the document appears unbroken, in lower case.
    let vocabulary: [String: Int]
    /// Whether a broken word the document gives no evidence on is joined without its hyphen.
    var joinsUnknown = true

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
        return Self.hyphenatedPrefixes.contains(prefix) || !joinsUnknown ? stem + "-" + word + rest : stem + second
    }

    /// Whether the document's own words show it breaks words (the joined form is the one it uses) more
    /// often than it breaks lines after a real hyphen; `breaks` are the line ends with a hyphen and the next line's first word.
    func hyphenatesWords(_ breaks: [(first: String, second: String)]) -> Bool {
        var joined = 0, hyphenated = 0
        for (first, second) in breaks {
            if first.last == "\u{AD}" { joined += 1; continue }
            let stem = Self.bare(String(first.dropLast())), word = Self.bare(second)
            let (joinedCount, hyphenatedCount) = (vocabulary[stem + word] ?? 0, vocabulary[stem + "-" + word] ?? 0)
            if joinedCount > hyphenatedCount { joined += 1 } else if hyphenatedCount > joinedCount { hyphenated += 1 }
        }
        return joined >= hyphenated
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

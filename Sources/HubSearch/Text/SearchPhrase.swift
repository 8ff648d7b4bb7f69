/// A phrase the index keeps as a term of its own, so that "looked after" or "was not brought" can be
/// found as such, although their stop words are not indexed: its words' keys, and its term (the keys'
/// texts joined by spaces, which no single word's term can be).
struct SearchPhrase: Sendable, Equatable {
    /// The longest phrase, in words.
    static let maximumWords = 8

    let keys: [WordKey]
    let term: String

    /// The phrase of `text`, or nil when it has fewer than two words, more than `maximumWords`, no
    /// word that is not a stop word, or a word that stands for nothing.
    init?(_ text: String, stemmer: EnglishStemmer, spelling: SpellingVariants) {
        var keys: [WordKey] = []
        var words: [String] = []
        SearchTokenizer.forEachWord(in: text) { words.append($0) }
        for word in words { keys.append(SearchTokenizer.key(ofWord: word, stemmer: stemmer, spelling: spelling)) }
        guard (2...Self.maximumWords).contains(keys.count), !keys.contains(.none),
              keys.contains(where: { if case .term = $0 { return true } else { return false } }) else { return nil }
        self.keys = keys
        term = keys.compactMap(\.text).joined(separator: " ")
    }
}

/// The name words of a possible named institution, read backwards from its type words or head
/// noun: "St Mary's" of "St Mary's Primary School", "Our Lady of Lourdes" of "Our Lady of Lourdes
/// Primary School".
struct InstitutionName {
    /// Where the name starts; nil if no word belongs to it.
    var start: Int?
    /// How many of its words are real names: not a saint's prefix ("St"), a weak name ("North",
    /// "Royal") or the "Our" of "Our Lady".
    var realNames = 0
    /// The real name word nearest the start.
    private(set) var firstRealName: InstitutionWord?

    /// Reads the capitalised words that end one space before `index`, back to the first that cannot
    /// be part of a name (a determiner, a generic adjective, a type word, a word in capitals).
    init(in text: ScanBytes, before index: Int) {
        var cursor = index
        var laterKey = ""
        var pendingOf = false
        while let word = InstitutionWord.ending(before: cursor, in: text) {
            if word.key == "of", !word.isCapitalised {
                // "Our Lady of Lourdes": keep "of" only if a name comes before it.
                guard start != nil, !pendingOf else { break }
                pendingOf = true
                cursor = word.start
                continue
            }
            guard word.isCapitalised, word.key.unicodeScalars.count > 1 else { break }
            if Self.isQualifier(word, before: laterKey) {
                // Kept, but not a name on its own.
            } else if Self.endsName(word, in: text) {
                break
            } else {
                realNames += 1
                firstRealName = word
            }
            start = word.start
            laterKey = word.key
            pendingOf = false
            cursor = word.start
        }
    }

    /// A saint's prefix, a weak name, or "Our" before "Lady" (`laterKey`: the next word in the text, read just before).
    private static func isQualifier(_ word: InstitutionWord, before laterKey: String) -> Bool {
        InstitutionVocabulary.saintPrefixes.contains(word.key) || InstitutionVocabulary.weakNames.contains(word.key)
            || (word.key == "our" && laterKey == "lady")
    }

    /// A word that is not a name, a type word, or a word in capitals: the name starts after it.
    private static func endsName(_ word: InstitutionWord, in text: ScanBytes) -> Bool {
        InstitutionVocabulary.notNames.contains(word.key) || InstitutionVocabulary.typeWords.contains(word.key)
            || word.isAllCapitals(in: text)
    }
}

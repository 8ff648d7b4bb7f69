/// A word of a possible institution name, read backwards or forwards from its head noun.
///
/// Words are letters with inner apostrophes or hyphens ("Mary's", "Stoke-on-Trent"); "St." keeps its full stop.
struct InstitutionWord {
    let start: Int
    let end: Int
    /// Lower case, possessive `'s` removed.
    let key: String
    let isCapitalised: Bool
    /// Written with a possessive `'s` or `’s`.
    let isPossessive: Bool

    /// The word that ends one space before `index` (an ASCII or no-break space), if there is one.
    static func ending(before index: Int, in text: ScanBytes) -> InstitutionWord? {
        let space = text.spaceLength(before: index)
        guard space > 0 else { return nil }
        var end = index - space
        var keptFullStop = false
        if text.at(end - 1) == UInt8(ascii: "."), text.at(end - 2) == UInt8(ascii: "t"), text.at(end - 3) == UInt8(ascii: "S"),
           !text.isWordScalar(before: end - 3) {
            keptFullStop = true
            end -= 1
        }
        var start = end
        while let (scalar, scalarStart) = text.scalar(before: start) {
            if ScanBytes.isWordScalar(scalar) {
                start = scalarStart
            } else if isJoiner(scalar), scalarStart > 0, text.isWordScalar(before: scalarStart), start < end {
                start = scalarStart
            } else {
                break
            }
        }
        guard start < end, let (first, _) = text.scalar(at: start), first.properties.isAlphabetic else { return nil }
        return word(in: text, start: start, end: keptFullStop ? end + 1 : end, letterEnd: end, first: first)
    }

    /// The word starting at byte `index`, if there is one.
    static func starting(at index: Int, in text: ScanBytes) -> InstitutionWord? {
        guard let (first, _) = text.scalar(at: index), first.properties.isAlphabetic, !text.isWordScalar(before: index) else { return nil }
        var end = index
        while let (scalar, length) = text.scalar(at: end) {
            if ScanBytes.isWordScalar(scalar) {
                end += length
            } else if isJoiner(scalar), text.isWordScalar(at: end + length) {
                end += length
            } else {
                break
            }
        }
        return word(in: text, start: index, end: end, letterEnd: end, first: first)
    }

    /// The word at `start..<end` whose letters end at `letterEnd` (before a kept full stop) and start with `first`.
    private static func word(in text: ScanBytes, start: Int, end: Int, letterEnd: Int, first: Unicode.Scalar) -> InstitutionWord {
        var key = text.text(start..<letterEnd).lowercased()
        if key.unicodeScalars.contains("\u{2019}") { key = String(key.map { $0 == "\u{2019}" ? "'" : $0 }) }
        var isPossessive = false
        if key.hasSuffix("'s") {
            key.removeLast(2)
            isPossessive = true
        } else if key.hasSuffix("s'") {
            key.removeLast()
            isPossessive = true
        }
        if end > letterEnd { key += "." }
        return InstitutionWord(start: start, end: end, key: key, isCapitalised: first.properties.isUppercase, isPossessive: isPossessive)
    }

    /// Whether the word is written in capitals: ASCII only, no lower case, two or more capitals ("ST" aside).
    func isAllCapitals(in text: ScanBytes) -> Bool {
        guard end - start >= 2 else { return false }
        var letters = 0
        for index in start..<end {
            let byte = text.at(index)
            if ScanBytes.isLower(byte) || byte >= 0x80 { return false }
            if ScanBytes.isUpper(byte) { letters += 1 }
        }
        return letters >= 2 && key != "st"
    }

    /// Apostrophes and hyphens inside a word: "Mary's", "Stoke-on-Trent".
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-"
    }
}

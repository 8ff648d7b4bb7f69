/// A word as the name check reads it: letters (with inner apostrophes and hyphens: "O'Brien",
/// "Mary-Jane"), a possessive `'s` apart, and what `NameGazetteer` knows of it.
struct NameWord {
    let start: Int
    /// Past the whole word, possessive included.
    let end: Int
    /// Past the name, before a possessive `'s`.
    let nameEnd: Int
    let isPossessive: Bool
    /// A capital, then at least one lower-case letter ("Jayden", "McDonald"); or one capital ("A").
    let isCapitalised: Bool
    /// More than one capital and at most one lower-case letter: an acronym ("GP", "CAMHS", "SCRs").
    let isAllCapitals: Bool
    /// The letters of the name, a possessive's `s` not counted ("F's" has one: a letter pseudonym).
    let letterCount: Int
    /// What the gazetteer knows of the whole word, and of its parts if it is hyphenated.
    let flags: NameFlags
    let partFlags: [NameFlags]
    /// The folded word's hash, for pseudonyms.
    let hash: UInt64

    /// Whether it can be a name at all: capitalised, not an initial or a letter pseudonym, not in capitals.
    var mayBeName: Bool { isCapitalised && letterCount > 1 && !isAllCapitals }

    /// The word starting at `start` (a letter at the start of a word), or nil.
    static func read(in text: ScanBytes, at start: Int) -> NameWord? {
        var end = start
        var letters = 0
        var upper = 0
        var lower = 0
        var firstUpper = false
        var isASCII = true
        var hyphens: [Int] = []
        while end < text.count {
            let byte = text.at(end)
            if byte < 0x80 {
                if ScanBytes.isLetter(byte) {
                    if ScanBytes.isUpper(byte) { upper += 1; if letters == 0 { firstUpper = true } } else { lower += 1 }
                    letters += 1
                    end += 1
                    continue
                }
                if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"), letters > 0, text.isWordScalar(at: end + 1) {
                    if byte == UInt8(ascii: "-") { hyphens.append(end) }
                    end += 1
                    continue
                }
                break
            }
            guard let (scalar, length) = text.scalar(at: end) else { break }
            if scalar == "\u{2019}", letters > 0, text.isWordScalar(at: end + length) {
                end += length
                continue
            }
            guard scalar.properties.isAlphabetic || ScanBytes.isWordScalar(scalar) else { break }
            isASCII = false
            if scalar.properties.isUppercase { upper += 1; if letters == 0 { firstUpper = true } } else if scalar.properties.isLowercase { lower += 1 }
            letters += 1
            end += length
        }
        guard letters > 0 else { return nil }
        var nameEnd = end
        var possessive = false
        if text.at(end - 2) == UInt8(ascii: "'"), ScanBytes.lowercased(text.at(end - 1)) == UInt8(ascii: "s"), end - start >= 3 {
            nameEnd = end - 2
            possessive = true
        } else if end - start >= 5, text.at(end - 4) == 0xE2, text.at(end - 3) == 0x80, text.at(end - 2) == 0x99,
                  ScanBytes.lowercased(text.at(end - 1)) == UInt8(ascii: "s") {
            nameEnd = end - 4
            possessive = true
        }
        let hash = fold(text, start..<nameEnd, isASCII: isASCII)
        var partFlags: [NameFlags] = []
        if !hyphens.isEmpty {
            var partStart = start
            for hyphen in hyphens + [nameEnd] where hyphen <= nameEnd {
                partFlags.append(NameGazetteer.flags(fold(text, partStart..<hyphen, isASCII: isASCII)))
                partStart = hyphen + 1
            }
        }
        return NameWord(start: start, end: end, nameEnd: nameEnd, isPossessive: possessive,
                        isCapitalised: firstUpper && (lower > 0 || letters == 1), isAllCapitals: letters > 1 && (lower == 0 || upper >= 2 && lower == 1),
                        letterCount: possessive ? letters - 1 : letters, flags: NameGazetteer.flags(hash), partFlags: partFlags, hash: hash)
    }

    /// The hash of the folded text of `range`: lower case, accents removed, curly apostrophes straight.
    static func fold(_ text: ScanBytes, _ range: Range<Int>, isASCII: Bool) -> UInt64 {
        if isASCII {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in range {
                hash ^= UInt64(ScanBytes.lowercased(text.base[index]))
                hash &*= 0x0000_0100_0000_01B3
            }
            return hash
        }
        return NameGazetteer.hash(NameNormaliser.fold(text.text(range)).utf8)
    }
}

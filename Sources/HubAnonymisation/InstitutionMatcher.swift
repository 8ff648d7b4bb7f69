/// Finds a named school, nursery, practice, hospital or similar: capitalised name words, then optional
/// type words, then an institution noun ("St Mary's Primary School", "Riverside Medical Practice",
/// "Queen Margaret Hospital", "Royal Infirmary of Edinburgh").
///
/// Precision matters more than recall. The head noun and type words must be capitalised and written in
/// one line with single spaces; at least one name word must be a real name, not a determiner, a
/// preposition, a generic adjective ("Local", "Acute") or a word such as "North" or "Royal" alone.
/// All-capitals text and plural nouns ("Schools") are not looked at.
enum InstitutionMatcher {
    /// A word read backwards or forwards from the head.
    private struct Word {
        let start: Int
        let end: Int
        /// Lower case, possessive `'s` removed.
        let key: String
        let isCapitalised: Bool
        /// Written with a possessive `'s` or `’s`.
        let isPossessive: Bool
    }

    /// Quick filter: the first letters of the head nouns.
    @inline(__always)
    static func mayStartHead(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "S"), UInt8(ascii: "A"), UInt8(ascii: "N"), UInt8(ascii: "C"), UInt8(ascii: "P"),
             UInt8(ascii: "H"), UInt8(ascii: "I"):
            return true
        default:
            return false
        }
    }

    /// The named institution whose head noun starts at byte `start` (a capital at the start of a word), if any.
    /// `lowerCaseUse` remembers, for one text, which words it also uses in lower case.
    static func match(in text: ScanBytes, at start: Int, lowerCaseUse: inout [String: Bool]) -> ByteMatch? {
        var headEnd = start + 1
        while ScanBytes.isLower(text.at(headEnd)) { headEnd += 1 }
        let length = headEnd - start
        guard (5...9).contains(length), !text.isWordScalar(at: headEnd) else { return nil }
        let head = text.text(start..<headEnd).lowercased()
        guard let required = InstitutionVocabulary.heads[head] else { return nil }

        // Type words just before the head: "High", "Medical", "Primary".
        var cursor = start
        var typeWords = 0
        while let word = previousWord(in: text, before: cursor), word.isCapitalised,
              InstitutionVocabulary.typeWords.contains(word.key) {
            if typeWords == 0, let required, !required.contains(word.key) { return nil }
            typeWords += 1
            cursor = word.start
        }
        if required != nil, typeWords == 0 { return nil }
        let typeStart = cursor

        // Name words before them.
        var nameStart: Int?
        var nameKey = ""
        var realNames = 0
        var firstRealName: Word?
        var pendingOf = false
        while let word = previousWord(in: text, before: cursor) {
            if word.key == "of", !word.isCapitalised {
                // "Our Lady of Lourdes": keep "of" only if a name comes before it.
                guard nameStart != nil, !pendingOf else { break }
                pendingOf = true
                cursor = word.start
                continue
            }
            guard word.isCapitalised, word.key.unicodeScalars.count > 1 else { break }
            if InstitutionVocabulary.saintPrefixes.contains(word.key) || InstitutionVocabulary.weakNames.contains(word.key)
                || (word.key == "our" && nameKey == "lady") {
                // Kept, but not a name on its own.
            } else if InstitutionVocabulary.notNames.contains(word.key) || InstitutionVocabulary.typeWords.contains(word.key)
                        || isAllCapitals(word, in: text) {
                break
            } else {
                realNames += 1
                firstRealName = word
            }
            nameStart = word.start
            nameKey = word.key
            pendingOf = false
            cursor = word.start
        }

        // "... Infirmary of Edinburgh", "... Hospital for Sick Children".
        var end = headEnd
        if InstitutionVocabulary.headsTakingOf.contains(head),
           let (postfixEnd, postfixHasName) = postfix(in: text, at: headEnd), postfixHasName || nameStart != nil {
            end = postfixEnd
            realNames += 1
            if nameStart == nil, typeWords > 0 { nameStart = typeStart }
        }
        guard realNames > 0, let nameStart else { return nil }
        if realNames == 1, end == headEnd, typeWords == 0, nameStart == firstRealName?.start, firstRealName?.isPossessive == true {
            // "Jamie's School", "Mary's Nursery": someone's school, not its name ("St Mary's Nursery" is kept).
            return nil
        }
        if realNames == 1, end == headEnd, let first = firstRealName,
           isSentenceStart(first.start, in: text) || isHeading(first.start, in: text) || isFollowedByCapital(headEnd, in: text) {
            // Where capitals say nothing (a sentence start, a heading, Title Case), a word that looks like a verb
            // or adjective ("Improving School Attendance") or that the document also writes in lower case
            // ("Quality Academy" where "quality" is used elsewhere) is an ordinary word, not a name.
            if looksLikeOrdinaryWord(first.key) { return nil }
            if let known = lowerCaseUse[first.key] {
                if known { return nil }
            } else {
                let used = appearsInLowerCase(first.key, in: text)
                lowerCaseUse[first.key] = used
                if used { return nil }
            }
        }
        return ByteMatch(kind: .namedInstitution, start: nameStart, end: end)
    }

    /// An " of ..." or " for ..." phrase of capitalised words after the head: where it ends, and whether
    /// it has a name of its own ("of Edinburgh") rather than only generic words ("for Sick Children").
    private static func postfix(in text: ScanBytes, at index: Int) -> (end: Int, hasName: Bool)? {
        let next: Int
        if text.hasBytes(" of ", at: index) {
            next = index + 4
        } else if text.hasBytes(" for ", at: index) {
            next = index + 5
        } else {
            return nil
        }
        var cursor = next
        var end: Int?
        var hasName = false
        while let word = nextWord(in: text, at: cursor), word.isCapitalised, word.key.unicodeScalars.count > 1,
              !["the", "a", "an", "this", "that", "our", "their", "his", "her"].contains(word.key), !isAllCapitals(word, in: text) {
            end = word.end
            if !InstitutionVocabulary.notNames.contains(word.key), !InstitutionVocabulary.typeWords.contains(word.key) { hasName = true }
            guard text.at(word.end) == UInt8(ascii: " ") else { break }
            cursor = word.end + 1
        }
        return end.map { ($0, hasName) }
    }

    /// Whether the text uses `key` (lower case) as a whole word written in lower case somewhere.
    private static func appearsInLowerCase(_ key: String, in text: ScanBytes) -> Bool {
        let needle = Array(key.utf8)
        guard let first = needle.first, needle.allSatisfy({ $0 < 0x80 }) else { return false }
        let base = text.base
        let last = base.count - needle.count
        var index = 0
        while index <= last {
            if base[index] == first, !text.isWordScalar(before: index) {
                var offset = 1
                while offset < needle.count, base[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count {
                    let after = index + needle.count
                    // A whole word, or the stem of a plural ("parks").
                    if !text.isWordScalar(at: after) || (text.at(after) == UInt8(ascii: "s") && !text.isWordScalar(at: after + 1)) {
                        return true
                    }
                }
            }
            index += 1
        }
        return false
    }

    /// Endings of ordinary verbs, adverbs and adjectives: "Improving", "Recently", "Integrated", "Effective".
    private static func looksLikeOrdinaryWord(_ key: String) -> Bool {
        guard key.count > 4 else { return false }
        return ["ing", "ly", "ed", "ive", "ful", "ous", "able", "ible", "al"].contains { key.hasSuffix($0) }
    }

    /// Whether the word at `index` starts a sentence, a line, a list item (`- `, `1. `), a table cell or a quote.
    private static func isSentenceStart(_ index: Int, in text: ScanBytes) -> Bool {
        var cursor = index
        while cursor > 0 {
            let byte = text.at(cursor - 1)
            switch byte {
            case 0x0A:
                return true
            case UInt8(ascii: " "), 0x09, UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: ">"),
                 UInt8(ascii: "|"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "_"):
                cursor -= 1
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                return cursor < index
            default:
                return false
            }
        }
        return true
    }

    /// Whether the line holding `index` is a Markdown heading.
    private static func isHeading(_ index: Int, in text: ScanBytes) -> Bool {
        var cursor = index
        while cursor > 0, text.at(cursor - 1) != 0x0A { cursor -= 1 }
        while text.at(cursor) == UInt8(ascii: " ") { cursor += 1 }
        return text.at(cursor) == UInt8(ascii: "#")
    }

    /// Whether the head is followed by another capitalised word, as in a Title Case heading.
    private static func isFollowedByCapital(_ index: Int, in text: ScanBytes) -> Bool {
        guard text.at(index) == UInt8(ascii: " "), let word = nextWord(in: text, at: index + 1) else { return false }
        return word.isCapitalised
    }

    private static func isAllCapitals(_ word: Word, in text: ScanBytes) -> Bool {
        guard word.end - word.start >= 2 else { return false }
        var letters = 0
        for index in word.start..<word.end {
            let byte = text.at(index)
            if ScanBytes.isLower(byte) || byte >= 0x80 { return false }
            if ScanBytes.isUpper(byte) { letters += 1 }
        }
        return letters >= 2 && word.key != "st"
    }

    /// The word that ends one space before `index` (an ASCII or no-break space), if there is one.
    /// Words are letters with inner apostrophes or hyphens; "St." keeps its full stop.
    private static func previousWord(in text: ScanBytes, before index: Int) -> Word? {
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
        return makeWord(in: text, start: start, end: keptFullStop ? end + 1 : end, letterEnd: end, first: first)
    }

    /// The word starting at byte `index`, if there is one.
    private static func nextWord(in text: ScanBytes, at index: Int) -> Word? {
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
        return makeWord(in: text, start: index, end: end, letterEnd: end, first: first)
    }

    private static func makeWord(in text: ScanBytes, start: Int, end: Int, letterEnd: Int, first: Unicode.Scalar) -> Word {
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
        return Word(start: start, end: end, key: key, isCapitalised: first.properties.isUppercase, isPossessive: isPossessive)
    }

    /// Apostrophes and hyphens inside a word: "Mary's", "Stoke-on-Trent".
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-"
    }
}

/// Finds a named school, nursery, practice, hospital or similar: capitalised name words, then optional
/// type words, then an institution noun ("St Mary's Primary School", "Riverside Medical Practice",
/// "Queen Margaret Hospital", "Royal Infirmary of Edinburgh"); schools are often named without the
/// word School ("Kirkton High", "Oakwood Primary").
///
/// Precision matters more than recall. The head noun and type words must be capitalised and written in
/// one line with single spaces; at least one name word must be a real name, not a determiner, a
/// preposition, a generic adjective ("Local", "Acute") or a word such as "North" or "Royal" alone.
/// All-capitals text and plural nouns ("Schools") are not looked at.
enum InstitutionMatcher {
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
        guard let head = headNoun(in: text, at: start),
              let types = typeWords(in: text, before: start, required: head.requiredTypeWords) else { return nil }
        var name = InstitutionName(in: text, before: types.start)
        // "... Infirmary of Edinburgh", "... Hospital for Sick Children".
        var end = head.end
        if InstitutionVocabulary.headsTakingOf.contains(head.key),
           let (postfixEnd, postfixHasName) = postfix(in: text, at: head.end), postfixHasName || name.start != nil {
            end = postfixEnd
            name.realNames += 1
            if name.start == nil, types.count > 0 { name.start = types.start }
        }
        // "Western General Hospital": only weak names, but a type word makes it one place.
        if name.realNames == 0, name.start != nil, types.count > 0 { name.realNames = 1 }
        guard name.realNames > 0, let nameStart = name.start else { return nil }
        if name.realNames == 1, end == head.end, let first = name.firstRealName {
            // "Jamie's School", "Mary's Nursery": someone's school, not its name ("St Mary's Nursery" is kept).
            if types.count == 0, nameStart == first.start, first.isPossessive { return nil }
            if isOrdinaryWord(first, headEnd: head.end, in: text, lowerCaseUse: &lowerCaseUse) { return nil }
        }
        return ByteMatch(kind: .namedInstitution, start: nameStart, end: end)
    }

    /// The head noun starting at `start` (a capital and 3 to 8 lower-case letters, a whole word) if it is
    /// one: its key (lower case), its end, and the type words one of which must come just before it.
    private static func headNoun(in text: ScanBytes, at start: Int)
        -> (key: String, end: Int, requiredTypeWords: Set<String>?)? {
        var end = start + 1
        while ScanBytes.isLower(text.at(end)) { end += 1 }
        guard (4...9).contains(end - start), !text.isWordScalar(at: end) else { return nil }
        let key = text.text(start..<end).lowercased()
        guard let required = InstitutionVocabulary.heads[key] else { return nil }
        return (key, end, required)
    }

    /// The type words just before the head at `index` ("High", "Medical", "Primary"): how many, and
    /// where they start (the head, if none); nil if the head requires a type word it lacks.
    private static func typeWords(in text: ScanBytes, before index: Int, required: Set<String>?) -> (count: Int, start: Int)? {
        var cursor = index
        var count = 0
        while let word = InstitutionWord.ending(before: cursor, in: text), word.isCapitalised,
              InstitutionVocabulary.typeWords.contains(word.key) {
            if count == 0, let required, !required.contains(word.key) { return nil }
            count += 1
            cursor = word.start
        }
        if required != nil, count == 0 { return nil }
        return (count, cursor)
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
        while let word = InstitutionWord.starting(at: cursor, in: text), word.isCapitalised, word.key.unicodeScalars.count > 1,
              !["the", "a", "an", "this", "that", "our", "their", "his", "her"].contains(word.key), !word.isAllCapitals(in: text) {
            end = word.end
            if !InstitutionVocabulary.notNames.contains(word.key), !InstitutionVocabulary.typeWords.contains(word.key) { hasName = true }
            guard text.at(word.end) == UInt8(ascii: " ") else { break }
            cursor = word.end + 1
        }
        return end.map { ($0, hasName) }
    }

    /// Whether `first`, the one real name before the head ending at `headEnd`, is an ordinary word where
    /// capitals say nothing (a sentence start, a heading, Title Case): a word that looks like a verb or
    /// adjective ("Improving School Attendance") or that the document also writes in lower case ("Quality
    /// Academy" where "quality" is used elsewhere). `lowerCaseUse` keeps the lower-case answer of each word asked about.
    private static func isOrdinaryWord(_ first: InstitutionWord, headEnd: Int, in text: ScanBytes,
                                       lowerCaseUse: inout [String: Bool]) -> Bool {
        let capitalsSayNothing = isSentenceStart(first.start, in: text) || isHeading(first.start, in: text)
            || isFollowedByCapital(headEnd, in: text)
        guard capitalsSayNothing else { return false }
        if looksLikeOrdinaryWord(first.key) { return true }
        if let known = lowerCaseUse[first.key] { return known }
        let used = appearsInLowerCase(first.key, in: text)
        lowerCaseUse[first.key] = used
        return used
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
        guard text.at(index) == UInt8(ascii: " "), let word = InstitutionWord.starting(at: index + 1, in: text) else { return false }
        return word.isCapitalised
    }
}

/// What surrounds a capitalised word: roles and relations before it, determiners, saints, roles and
/// citations after it, years. Each tells `NameMatcher` whether the word names a person.
extension NameMatcher {
    /// Whether a role or relation in lower case comes just before `start`, then a space or ", ":
    /// "the social worker, Karen", "her stepfather Darren", "a man called Dean".
    func followsRole(_ start: Int) -> Bool {
        var cursor = start
        guard text.at(cursor - 1) == 0x20 else { return false }
        cursor -= 1
        if text.at(cursor - 1) == UInt8(ascii: ",") { cursor -= 1 }
        let end = cursor
        while cursor > 0, ScanBytes.isLower(text.at(cursor - 1)) || text.at(cursor - 1) == UInt8(ascii: "-") { cursor -= 1 }
        guard end - cursor >= 2, !text.isWordScalar(before: cursor), text.at(cursor - 1) != UInt8(ascii: "'"),
              NameGazetteer.flags(NameWord.fold(text, cursor..<end, isASCII: true)).contains(.role) else { return false }
        return isDetermined(before: cursor)
    }

    /// Whether a determiner, a possessive pronoun or a possessive ("the", "her", "Child R's") comes within
    /// two words before `start`: "the social worker", "her nan", "a man called"; not "Comhairle nan".
    func isDetermined(before start: Int) -> Bool {
        var cursor = start
        for _ in 0..<2 {
            guard text.at(cursor - 1) == 0x20 else { return false }
            let end = cursor - 1
            cursor = end
            while cursor > 0, ScanBytes.isLetter(text.at(cursor - 1)) || text.at(cursor - 1) == UInt8(ascii: "'")
                    || text.at(cursor - 1) == UInt8(ascii: "-") { cursor -= 1 }
            let word = text.text(cursor..<end).lowercased()
            if word.hasSuffix("'s") || ["the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "this", "that"].contains(word) {
                return true
            }
            guard !word.isEmpty, word.first?.isLowercase == true || word.count == 1 else { return false }
        }
        return false
    }

    /// Whether "St", "St." or "Saint" comes just before `start`.
    func followsSaint(_ start: Int) -> Bool {
        text.hasBytes("St ", at: start - 3) || text.hasBytes("St. ", at: start - 4) || text.hasBytes("Saint ", at: start - 6)
    }

    /// Whether a role follows the name ending at `end` in apposition: "Oluwaseun Adebayo, the school nurse,".
    func roleFollows(_ end: Int) -> Bool {
        guard text.hasBytes(", ", at: end) else { return false }
        var cursor = end + 2
        var words = 0
        while words < 4 {
            let start = cursor
            while ScanBytes.isLower(text.at(cursor)) || text.at(cursor) == UInt8(ascii: "-") { cursor += 1 }
            guard cursor > start + 1 else { return false }
            let flags = NameGazetteer.flags(NameWord.fold(text, start..<cursor, isASCII: true))
            if words > 0, flags.contains(.role) { return true }
            guard words > 0 || ["the", "a", "an", "her", "his", "their", "our"].contains(text.text(start..<cursor)) else { return false }
            guard text.at(cursor) == 0x20 else { return false }
            cursor += 1
            words += 1
        }
        return false
    }

    /// Whether a citation follows a surname ending at `end`: " et al", " (2011", ", 2011", ", M." or
    /// " and Jones (2011)".
    func citationFollows(_ end: Int) -> Bool {
        if text.hasBytes(" et al", at: end) || text.hasBytes(" (", at: end) && isYear(end + 2) || text.hasBytes(", ", at: end) && isYear(end + 2) {
            return true
        }
        // "Scott, J.", "Brandon, M et al": a bibliography's surname and initial.
        if text.hasBytes(", ", at: end), ScanBytes.isUpper(text.at(end + 2)),
           [UInt8(ascii: "."), UInt8(ascii: ","), 0x20].contains(text.at(end + 3)), !ScanBytes.isLetter(text.at(end + 4)) || text.at(end + 3) == 0x20 && text.hasBytes("et al", at: end + 4) {
            return true
        }
        for joiner: StaticString in [" and ", " & "] where text.hasBytes(joiner, at: end) {
            let start = end + joiner.utf8CodeUnitCount
            if let other = NameWord.read(in: text, at: start), other.isCapitalised, other.letterCount > 1 {
                return citationFollows(other.nameEnd)
            }
        }
        return false
    }

    func isYear(_ index: Int) -> Bool {
        (text.at(index) == UInt8(ascii: "1") && text.at(index + 1) == UInt8(ascii: "9")
            || text.at(index) == UInt8(ascii: "2") && text.at(index + 1) == UInt8(ascii: "0"))
            && ScanBytes.isDigit(text.at(index + 2)) && ScanBytes.isDigit(text.at(index + 3))
    }
}

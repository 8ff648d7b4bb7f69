/// Finds exact full dates near a birth keyword: "born", "DOB", "D.O.B.", "birth", "birthday", "date of birth".
///
/// A date counts when it starts within `window` characters after the keyword, or (for "born", "DOB"
/// and "date of birth") ends within `window` characters before it, and no sentence end or new block
/// (blank line, list item, heading, table row, front-matter key) lies between. A date elsewhere ("the review met on 3 March 2023") is not a finding.
enum BirthDateMatcher {
    /// How far from the keyword a date may be, in characters.
    static let window = 40

    /// The keyword starting at byte `start` (an ASCII letter at the start of a word), if there is one:
    /// where it ends and whether dates before it count too.
    static func keyword(in text: ScanBytes, at start: Int) -> (end: Int, lookBehind: Bool)? {
        switch ScanBytes.lowercased(text.at(start)) {
        case UInt8(ascii: "b"):
            if text.hasBytesIgnoringCase("born", at: start), !text.isWordScalar(at: start + 4) {
                return (start + 4, true)
            }
            guard text.hasBytesIgnoringCase("birth", at: start), text.at(start - 1) != UInt8(ascii: "-") else { return nil }
            var end = start + 5
            for tail: StaticString in ["days", "day", "date"] where text.hasBytesIgnoringCase(tail, at: end) {
                end += tail.utf8CodeUnitCount
                break
            }
            guard !text.isWordScalar(at: end) else { return nil }
            // "date of birth" also looks behind: "3 March 2015 (date of birth)".
            let dateOf = start >= 8 && text.hasBytesIgnoringCase("date of ", at: start - 8)
            return (end, dateOf)
        case UInt8(ascii: "d"):
            if text.hasBytesIgnoringCase("dob", at: start), !text.isWordScalar(at: start + 3) { return (start + 3, true) }
            if text.hasBytesIgnoringCase("d.o.b", at: start) {
                let end = text.at(start + 5) == UInt8(ascii: ".") ? start + 6 : start + 5
                guard !text.isWordScalar(at: end) else { return nil }
                return (end, true)
            }
            return nil
        default:
            return nil
        }
    }

    /// The dates near the keyword at `keywordStart..<keywordEnd`.
    static func dates(in text: ScanBytes, keywordStart: Int, keywordEnd: Int, lookBehind: Bool) -> [ByteMatch] {
        var found: [ByteMatch] = []
        // After: dates starting within the window, up to a lone year ("born in 2019; seen on 3 June 2022").
        let afterLimit = limit(in: text, from: keywordEnd, forward: true)
        found += datesStarting(in: text, from: keywordEnd, before: afterLimit, endingBy: nil, stopAtYear: true)
        if lookBehind {
            let behindLimit = limit(in: text, from: keywordStart, forward: false)
            found += datesStarting(in: text, from: behindLimit, before: keywordStart, endingBy: keywordStart, stopAtYear: false)
        }
        return found
    }

    private static func datesStarting(in text: ScanBytes, from lower: Int, before upper: Int, endingBy: Int?, stopAtYear: Bool) -> [ByteMatch] {
        var found: [ByteMatch] = []
        var index = lower
        while index < upper {
            let byte = text.at(index)
            if ScanBytes.isAlphanumeric(byte), !text.isWordScalar(before: index) {
                if let end = FullDateParser.parse(in: text, at: index), endingBy.map({ end <= $0 }) ?? true {
                    found.append(ByteMatch(kind: .dateOfBirth, start: index, end: end))
                    index = end
                    continue
                }
                if stopAtYear, isLoneYear(in: text, at: index) { break }
            }
            index += 1
        }
        return found
    }

    /// Four digits standing alone, from 1900 to 2099: the birth was given as a year only.
    private static func isLoneYear(in text: ScanBytes, at index: Int) -> Bool {
        guard text.at(index) == UInt8(ascii: "1") && text.at(index + 1) == UInt8(ascii: "9")
                || text.at(index) == UInt8(ascii: "2") && text.at(index + 1) == UInt8(ascii: "0") else { return false }
        return ScanBytes.isDigit(text.at(index + 2)) && ScanBytes.isDigit(text.at(index + 3)) && !text.isWordScalar(at: index + 4)
    }

    /// How far the window reaches from `index`: `window` characters, stopping at a sentence end or a new block.
    private static func limit(in text: ScanBytes, from index: Int, forward: Bool) -> Int {
        var cursor = index
        var characters = 0
        while characters < window {
            if forward {
                guard cursor < text.count else { break }
                if isSentenceEnd(in: text, at: cursor) || isBlockBreak(in: text, at: cursor) { break }
                cursor += 1
            } else {
                guard cursor > 0 else { break }
                if isSentenceEnd(in: text, at: cursor - 1) || isBlockBreak(in: text, at: cursor - 1) { break }
                cursor -= 1
            }
            if text.at(cursor) & 0xC0 != 0x80 { characters += 1 }
        }
        return cursor
    }

    /// A semicolon; or `.`, `!` or `?`, then any closing quotes or brackets, then white space or the end.
    private static func isSentenceEnd(in text: ScanBytes, at index: Int) -> Bool {
        let byte = text.at(index)
        if byte == UInt8(ascii: ";") { return true }
        guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { return false }
        var next = index + 1
        while true {
            switch text.at(next) {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "*"), UInt8(ascii: "_"):
                next += 1
                continue
            case 0xE2 where text.at(next + 1) == 0x80 && (text.at(next + 2) == 0x9D || text.at(next + 2) == 0x99):  // ” ’
                next += 3
                continue
            default:
                break
            }
            break
        }
        let after = text.at(next)
        return after == 0 || after == 0x20 || after == 0x0A || after == 0x0D || after == 0x09
    }

    /// A line break that starts a new block rather than continuing a wrapped paragraph: a blank line,
    /// a front-matter key (`published:`), a list item, a heading, a table row or a quote.
    private static func isBlockBreak(in text: ScanBytes, at index: Int) -> Bool {
        guard text.at(index) == 0x0A else { return false }
        var cursor = index + 1
        while ScanBytes.isSpace(text.at(cursor)) || text.at(cursor) == 0x0D { cursor += 1 }
        switch text.at(cursor) {
        case 0x0A, 0, UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: ">"):
            return true
        default:
            break
        }
        // `key:` at the start of the line.
        var keyEnd = cursor
        while ScanBytes.isAlphanumeric(text.at(keyEnd)) || text.at(keyEnd) == UInt8(ascii: "_") || text.at(keyEnd) == UInt8(ascii: "-") { keyEnd += 1 }
        if keyEnd > cursor, text.at(keyEnd) == UInt8(ascii: ":") { return true }
        // A numbered list item: "1. ".
        var digitEnd = cursor
        while ScanBytes.isDigit(text.at(digitEnd)) { digitEnd += 1 }
        return digitEnd > cursor && (text.at(digitEnd) == UInt8(ascii: ".") || text.at(digitEnd) == UInt8(ascii: ")")) && text.at(digitEnd + 1) == 0x20
    }
}

/// Finds a full UK postcode: an outward code (`A9`, `A99`, `AA9`, `AA99`, `A9A`, `AA9A`) and an inward code (`9AA`).
///
/// Upper case or lower case, with or without the space (`G12 8QQ`, `G128QQ`, `g12 8qq`), but not when
/// lower-case inward letters are an ordinal suffix (not `b1 1st`). Mixed case is not a postcode.
/// `GIR 0AA` (Girobank's) is one too.
enum PostcodeMatcher {
    /// `GIR 0AA` or `GIR0AA`, in either case, at byte `start` (a `G` at the start of a word).
    static func girobank(in text: ScanBytes, at start: Int) -> ByteMatch? {
        guard text.hasBytesIgnoringCase("gir", at: start) else { return nil }
        let inward = text.at(start + 3) == 0x20 ? start + 4 : start + 3
        guard text.hasBytesIgnoringCase("0aa", at: inward), !text.isWordScalar(at: inward + 3) else { return nil }
        return ByteMatch(kind: .postcode, start: start, end: inward + 3)
    }

    /// The postcode starting at byte `start` (an ASCII letter at the start of a word), if there is one.
    static func match(in text: ScanBytes, at start: Int) -> ByteMatch? {
        // Cheap pre-check: a digit in the second or third place.
        guard ScanBytes.isDigit(text.at(start + 1)) || ScanBytes.isDigit(text.at(start + 2)) else { return nil }
        var firstEnd = start
        while ScanBytes.isAlphanumeric(text.at(firstEnd)) { firstEnd += 1 }
        let firstLength = firstEnd - start

        var outward: Range<Int>
        var inward: Range<Int>
        let space = text.spaceLength(at: firstEnd)
        if (2...4).contains(firstLength), space > 0 {
            let inwardStart = firstEnd + space
            var inwardEnd = inwardStart
            while ScanBytes.isAlphanumeric(text.at(inwardEnd)) { inwardEnd += 1 }
            guard inwardEnd - inwardStart == 3 else { return nil }
            outward = start..<firstEnd
            inward = inwardStart..<inwardEnd
        } else if (5...7).contains(firstLength) {
            outward = start..<(firstEnd - 3)
            inward = (firstEnd - 3)..<firstEnd
        } else {
            return nil
        }
        guard !text.isWordScalar(at: inward.upperBound), text.at(inward.upperBound) != UInt8(ascii: "@"),
              isOutward(outward, in: text), isInward(inward, in: text) else { return nil }

        // Letter case: all upper, or all lower and not an ordinal like "1st".
        let letters = (outward.lowerBound..<inward.upperBound).map { text.at($0) }.filter(ScanBytes.isLetter)
        if letters.allSatisfy(ScanBytes.isUpper) { return ByteMatch(kind: .postcode, start: start, end: inward.upperBound) }
        guard letters.allSatisfy(ScanBytes.isLower) else { return nil }
        let suffix = [text.at(inward.lowerBound + 1), text.at(inward.lowerBound + 2)]
        let ordinals: [[UInt8]] = [Array("st".utf8), Array("nd".utf8), Array("rd".utf8), Array("th".utf8)]
        guard !ordinals.contains(suffix) else { return nil }
        return ByteMatch(kind: .postcode, start: start, end: inward.upperBound)
    }

    private static func upper(_ text: ScanBytes, _ index: Int) -> UInt8 { ScanBytes.isLower(text.at(index)) ? text.at(index) - 0x20 : text.at(index) }

    /// `A9`, `A99`, `AA9`, `AA99`, `A9A`, `AA9A`, with the Royal Mail letter rules.
    private static func isOutward(_ range: Range<Int>, in text: ScanBytes) -> Bool {
        let shape = range.map { ScanBytes.isDigit(text.at($0)) ? "9" : ScanBytes.isLetter(text.at($0)) ? "A" : "?" }.joined()
        let first = upper(text, range.lowerBound)
        guard !"QVX".utf8.contains(first) else { return false }
        switch shape {
        case "A9", "A99":
            return true
        case "AA9", "AA99":
            return !"IJZ".utf8.contains(upper(text, range.lowerBound + 1))
        case "A9A":
            return "ABCDEFGHJKPSTUW".utf8.contains(upper(text, range.lowerBound + 2))
        case "AA9A":
            return !"IJZ".utf8.contains(upper(text, range.lowerBound + 1))
                && "ABEHMNPRVWXY".utf8.contains(upper(text, range.lowerBound + 3))
        default:
            return false
        }
    }

    /// `9AA`, the letters not C, I, K, M, O or V.
    private static func isInward(_ range: Range<Int>, in text: ScanBytes) -> Bool {
        let start = range.lowerBound
        guard range.count == 3, ScanBytes.isDigit(text.at(start)),
              ScanBytes.isLetter(text.at(start + 1)), ScanBytes.isLetter(text.at(start + 2)) else { return false }
        return !"CIKMOV".utf8.contains(upper(text, start + 1)) && !"CIKMOV".utf8.contains(upper(text, start + 2))
    }
}

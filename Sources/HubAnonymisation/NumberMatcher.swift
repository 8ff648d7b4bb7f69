/// Classifies a run of digit groups as a UK phone number, an NHS number or a CHI number.
///
/// A run (`DigitRun`) is digit groups joined by single spaces or hyphens, with brackets allowed around a group
/// (`(0141) 123 4567`, `+44 (0)20 7946 0958`). Runs that are years, money, counts, dates or
/// references fail the shape tests: a phone number starts with 0 or +44 and has 10 or 11 digits;
/// an NHS or CHI number has exactly 10 digits, contiguous or spaced 3-3-4 (CHI also 6-4).
enum NumberMatcher {
    /// Reads the run starting at byte `start` (a digit, or `+` or `(` before one).
    /// Returns the finding, if any, and the offset the run reached, so the caller can skip past it.
    static func match(in text: ScanBytes, at start: Int) -> (match: ByteMatch?, end: Int) {
        let plus = text.at(start) == UInt8(ascii: "+")
        let first = plus ? start + 1 : start
        // Cheap filter first: most numbers (years, counts, "12 children") have fewer than ten digits in reach.
        guard hasTenDigits(in: text, from: first) else { return (nil, max(endOfNumber(in: text, from: first), start + 1)) }
        var run = DigitRun(from: first)
        switch run.read(in: text) {
        case .ended:
            break
        case .unclosedBracket:
            return (nil, run.runEnd)
        case .bracketedAlone:
            // Read the run again without the brackets.
            guard text.at(start) == UInt8(ascii: "(") else { return (nil, run.runEnd) }
            let (match, end) = match(in: text, at: start + 1)
            return (match, max(end, run.runEnd))
        }
        let end = run.lastDigitEnd
        let digitCount = run.digits.count
        guard run.runEnd == end, digitCount >= 10, digitCount <= DigitRun.maximumDigits, isBoundary(after: end, in: text) else {
            return (nil, max(run.runEnd, start + 1))
        }
        return (classify(digits: run.digits, groups: run.groups, plus: plus, sawBracket: run.bracketGroups > 0).map {
            ByteMatch(kind: $0, start: start, end: end)
        }, end)
    }

    /// The end of the next digits at or after `index`: where a run that cannot be a number is skipped to.
    private static func endOfNumber(in text: ScanBytes, from index: Int) -> Int {
        var end = index
        while !ScanBytes.isDigit(text.at(end)), end < text.count { end += 1 }
        while ScanBytes.isDigit(text.at(end)) { end += 1 }
        return end
    }

    /// Whether at least ten digits follow `index`, joined only by spaces, hyphens and brackets.
    @inline(__always)
    private static func hasTenDigits(in text: ScanBytes, from index: Int) -> Bool {
        var cursor = index
        var digits = 0
        var separators = 0
        while digits < 10 {
            let byte = text.at(cursor)
            if ScanBytes.isDigit(byte) {
                digits += 1
                separators = 0
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                separators += 1
                if separators > 2 { return false }
            } else {
                return false
            }
            cursor += 1
        }
        return true
    }

    /// Whether a run may start at byte `index`: not inside a word, a decimal, a path, a reference or an amount of money.
    static func mayStart(at index: Int, in text: ScanBytes) -> Bool {
        guard index > 0 else { return true }
        let before = text.at(index - 1)
        switch before {
        case UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "#"),
             UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "\\"), UInt8(ascii: "$"), UInt8(ascii: ","),
             UInt8(ascii: "+"), UInt8(ascii: "@"), UInt8(ascii: "%"):
            return false
        case 0xA3 where text.at(index - 2) == 0xC2:  // £
            return false
        case 0xAC where text.at(index - 2) == 0x82 && text.at(index - 3) == 0xE2:  // €
            return false
        default:
            return !text.isWordScalar(before: index)
        }
    }

    /// Whether a run may end at byte `index`: not followed by a letter, a decimal part, `@`, `/` or `%`.
    private static func isBoundary(after index: Int, in text: ScanBytes) -> Bool {
        let next = text.at(index)
        switch next {
        case UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "_"):
            return false
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"):
            return !ScanBytes.isDigit(text.at(index + 1))
        default:
            return !text.isWordScalar(at: index)
        }
    }

    private static func classify(digits: [UInt8], groups: [Int], plus: Bool, sawBracket: Bool) -> IdentifierKind? {
        let count = digits.count
        // 0044 is +44 dialled from abroad: "0044 131 496 0000".
        let international = !plus && count >= 12 && digits[0] == 0 && digits[1] == 0 && digits[2] == 4 && digits[3] == 4
        if plus || international {
            // +44, then an optional trunk 0 (often bracketed), then 9 or 10 national digits.
            var first = international ? 4 : 2
            guard digits[first - 2] == 4, digits[first - 1] == 4 else { return nil }
            if digits[first] == 0 { first += 1 }
            let national = count - first
            guard national == 9 || national == 10, [1, 2, 3, 7, 8].contains(digits[first]) else { return nil }
            return .phone
        }
        if count == 10, !sawBracket, groups == [10] || groups == [3, 3, 4] || groups == [6, 4] {
            if isCHI(digits) { return .chiNumber }
            // NHS numbers are issued from 3 upwards (CHI numbers, which start 0 to 3, are caught above).
            if groups != [6, 4], digits[0] >= 3, Set(digits).count > 1, passesModulus11(digits) { return .nhsNumber }
        }
        guard digits[0] == 0, count == 10 || count == 11, [1, 2, 3, 7, 8].contains(digits[1]) else { return nil }
        // Ten-digit numbers exist only for some 01 areas and 08 (0800 123456).
        if count == 10, digits[1] != 1, digits[1] != 8 { return nil }
        if groups.count == 1 { return .phone }
        // Written the usual ways: an area or mobile prefix of 3 to 6 digits, then one or two groups of 3 or more
        // ("0141 123 4567", "020 7946 0958", "07700 900123"), or pairs ("0800 12 34 56"); not "01 02 03 04 05".
        guard (3...6).contains(groups[0]) else { return nil }
        let rest = groups.dropFirst()
        guard groups.count <= 3 && rest.allSatisfy({ $0 >= 3 }) || groups.count <= 5 && rest.allSatisfy({ $0 >= 2 }) else { return nil }
        return .phone
    }

    /// The NHS number check: weights 10 down to 2 on the first nine digits; 11 minus the sum mod 11
    /// (11 becomes 0, 10 is never valid) must equal the tenth digit.
    static func passesModulus11(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for index in 0..<9 { sum += Int(digits[index]) * (10 - index) }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == Int(digits[9])
    }

    /// Whether the first six digits are a real day as `DDMMYY` (29 February in any year divisible by 4).
    static func isCHI(_ digits: [UInt8]) -> Bool {
        guard digits.count == 10 else { return false }
        let day = Int(digits[0]) * 10 + Int(digits[1])
        let month = Int(digits[2]) * 10 + Int(digits[3])
        let year = Int(digits[4]) * 10 + Int(digits[5])
        guard (1...12).contains(month), day >= 1 else { return false }
        let days: Int
        switch month {
        case 2: days = year % 4 == 0 ? 29 : 28
        case 4, 6, 9, 11: days = 30
        default: days = 31
        }
        return day <= days
    }
}

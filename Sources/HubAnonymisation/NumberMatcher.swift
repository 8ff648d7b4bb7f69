/// Classifies a run of digit groups as a UK phone number, an NHS number or a CHI number.
///
/// A run is digit groups joined by single spaces or hyphens, with brackets allowed around a group
/// (`(0141) 123 4567`, `+44 (0)20 7946 0958`). Runs that are years, money, counts, dates or
/// references fail the shape tests: a phone number starts with 0 or +44 and has 10 or 11 digits;
/// an NHS or CHI number has exactly 10 digits, contiguous or spaced 3-3-4 (CHI also 6-4).
enum NumberMatcher {
    /// The most digits a run may have and still be looked at.
    private static let maximumDigits = 14
    private static let maximumGroups = 8

    /// Reads the run starting at byte `start` (a digit, or `+` or `(` before one).
    /// Returns the finding, if any, and the offset the run reached, so the caller can skip past it.
    static func match(in text: ScanBytes, at start: Int) -> (match: ByteMatch?, end: Int) {
        var cursor = start
        let plus = text.at(cursor) == UInt8(ascii: "+")
        if plus { cursor += 1 }
        // Cheap filter first: most numbers (years, counts, "12 children") have fewer than ten digits in reach.
        if !hasTenDigits(in: text, from: cursor) {
            var end = cursor
            while !ScanBytes.isDigit(text.at(end)), end < text.count { end += 1 }
            while ScanBytes.isDigit(text.at(end)) { end += 1 }
            return (nil, max(end, start + 1))
        }
        var digits = [UInt8]()
        digits.reserveCapacity(16)
        var groups = [Int]()
        groups.reserveCapacity(maximumGroups)
        var bracketGroups = 0
        var lastDigitEnd = cursor
        var previousDigitEnd = cursor
        var runEnd = cursor

        scanning: while true {
            var bracketed = false
            if text.at(cursor) == UInt8(ascii: "(") {
                bracketed = true
                bracketGroups += 1
                cursor += 1
            }
            guard ScanBytes.isDigit(text.at(cursor)) else { break scanning }
            let groupStart = cursor
            while ScanBytes.isDigit(text.at(cursor)) {
                if digits.count <= maximumDigits { digits.append(text.at(cursor) &- 0x30) }
                cursor += 1
            }
            groups.append(cursor - groupStart)
            previousDigitEnd = lastDigitEnd
            lastDigitEnd = cursor
            runEnd = cursor
            if bracketed {
                guard text.at(cursor) == UInt8(ascii: ")") else { return (nil, runEnd) }
                cursor += 1
                if text.at(cursor) == UInt8(ascii: " "), ScanBytes.isDigit(text.at(cursor + 1)) { cursor += 1 }
                if ScanBytes.isDigit(text.at(cursor)), groups.count < maximumGroups {
                    runEnd = cursor
                    continue scanning
                }
                // Brackets around the last group are punctuation, not part of the number: "(5223882989)",
                // "0141 123 4567 (2015)". Read the run again without them.
                if groups.count == 1 {
                    guard text.at(start) == UInt8(ascii: "(") else { return (nil, runEnd) }
                    let (match, end) = match(in: text, at: start + 1)
                    return (match, max(end, runEnd))
                }
                digits.removeLast(min(digits.count, groups.removeLast()))
                bracketGroups -= 1
                lastDigitEnd = previousDigitEnd
                runEnd = lastDigitEnd
                break scanning
            }
            guard groups.count < maximumGroups, digits.count <= maximumDigits else { break scanning }
            let separator = text.at(cursor)
            guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else { break scanning }
            let next = text.at(cursor + 1)
            guard ScanBytes.isDigit(next) || (next == UInt8(ascii: "(") && ScanBytes.isDigit(text.at(cursor + 2))) else { break scanning }
            cursor += 1
        }
        let end = lastDigitEnd
        guard runEnd == end, digits.count >= 10, digits.count <= maximumDigits, isBoundary(after: end, in: text) else {
            return (nil, max(runEnd, start + 1))
        }
        return (classify(digits: digits, groups: groups, plus: plus, sawBracket: bracketGroups > 0).map {
            ByteMatch(kind: $0, start: start, end: end)
        }, end)
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
        if plus {
            // +44, then an optional trunk 0 (often bracketed), then 9 or 10 national digits.
            guard digits[0] == 4, digits[1] == 4 else { return nil }
            var first = 2
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
        // ("0141 123 4567", "020 7946 0958", "07700 900123"); not "01 02 03 04 05".
        guard groups.count <= 3, (3...6).contains(groups[0]), groups.dropFirst().allSatisfy({ $0 >= 3 }) else { return nil }
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

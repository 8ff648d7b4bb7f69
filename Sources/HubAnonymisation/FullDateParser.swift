/// Recognises an exact, full calendar date (day, month and year) written in one of the usual ways.
///
/// `3 March 2015`, `3rd of March 2015`, `03 Mar 2015`, `14-Mar-2016`, `March 3, 2015`, `03/03/2015`, `3.3.15`,
/// `03-03-2015`, `2015-03-03`. Months with years (`March 2015`) and days without years are not full dates.
enum FullDateParser {
    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The end of the date starting at byte `start`, or nil. The caller checks that `start` begins a word.
    static func parse(in text: ScanBytes, at start: Int) -> Int? {
        let byte = text.at(start)
        if ScanBytes.isDigit(byte) { return parseNumeric(in: text, at: start) }
        if ScanBytes.isLetter(byte) { return parseMonthFirst(in: text, at: start) }
        return nil
    }

    /// `3 March 2015`, `3rd of March 2015`, `03/03/2015`, `2015-03-03`.
    private static func parseNumeric(in text: ScanBytes, at start: Int) -> Int? {
        let (first, firstEnd) = readNumber(in: text, at: start)
        let firstLength = firstEnd - start
        let separator = text.at(firstEnd)
        if firstLength == 4 {
            // ISO order: YYYY-MM-DD or YYYY/MM/DD.
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") else { return nil }
            let (month, monthEnd) = readNumber(in: text, at: firstEnd + 1)
            guard (1...2).contains(monthEnd - firstEnd - 1), text.at(monthEnd) == separator else { return nil }
            let (day, dayEnd) = readNumber(in: text, at: monthEnd + 1)
            guard (1...2).contains(dayEnd - monthEnd - 1), isEnd(dayEnd, in: text),
                  isDay(day, month: month, year: first) else { return nil }
            return dayEnd
        }
        guard (1...2).contains(firstLength) else { return nil }
        if separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: "."),
           let (month, monthEnd) = readMonth(in: text, at: firstEnd + 1), text.at(monthEnd) == separator {
            // 14-Mar-2016, 14/Mar/2016, 14.Mar.2016.
            let (year, yearEnd) = readNumber(in: text, at: monthEnd + 1)
            guard yearEnd - monthEnd - 1 == 4, isEnd(yearEnd, in: text), isDay(first, month: month, year: year) else { return nil }
            return yearEnd
        }
        if separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-") {
            // Day first: DD/MM/YYYY or DD/MM/YY with one separator throughout.
            let (month, monthEnd) = readNumber(in: text, at: firstEnd + 1)
            guard (1...2).contains(monthEnd - firstEnd - 1), text.at(monthEnd) == separator else { return nil }
            let (year, yearEnd) = readNumber(in: text, at: monthEnd + 1)
            let yearLength = yearEnd - monthEnd - 1
            guard yearLength == 2 || yearLength == 4, isEnd(yearEnd, in: text),
                  isDay(first, month: month, year: yearLength == 2 ? 2000 + year : year) else { return nil }
            return yearEnd
        }
        // 3 March 2015, 3rd March 2015, 3rd of March 2015, 3 Mar. 2015, 3 March, 2015.
        var cursor = skipOrdinal(in: text, at: firstEnd)
        guard let afterSpace = skipSpace(in: text, at: cursor) else { return nil }
        cursor = afterSpace
        if text.hasBytesIgnoringCase("of", at: cursor), let afterOf = skipSpace(in: text, at: cursor + 2) { cursor = afterOf }
        guard let (month, monthEnd) = readMonth(in: text, at: cursor) else { return nil }
        cursor = monthEnd
        if text.at(cursor) == UInt8(ascii: ",") { cursor += 1 }
        guard let yearStart = skipSpace(in: text, at: cursor) else { return nil }
        let (year, yearEnd) = readNumber(in: text, at: yearStart)
        guard yearEnd - yearStart == 4, isEnd(yearEnd, in: text), isDay(first, month: month, year: year) else { return nil }
        return yearEnd
    }

    /// `March 3, 2015`, `March 3rd 2015`.
    private static func parseMonthFirst(in text: ScanBytes, at start: Int) -> Int? {
        guard let (month, monthEnd) = readMonth(in: text, at: start), let dayStart = skipSpace(in: text, at: monthEnd) else { return nil }
        let (day, dayEnd) = readNumber(in: text, at: dayStart)
        guard (1...2).contains(dayEnd - dayStart) else { return nil }
        var cursor = skipOrdinal(in: text, at: dayEnd)
        if text.at(cursor) == UInt8(ascii: ",") { cursor += 1 }
        guard let yearStart = skipSpace(in: text, at: cursor) else { return nil }
        let (year, yearEnd) = readNumber(in: text, at: yearStart)
        guard yearEnd - yearStart == 4, isEnd(yearEnd, in: text), isDay(day, month: month, year: year) else { return nil }
        return yearEnd
    }

    /// A run of up to five digits and where it ends.
    private static func readNumber(in text: ScanBytes, at start: Int) -> (Int, Int) {
        var value = 0
        var cursor = start
        while ScanBytes.isDigit(text.at(cursor)), cursor - start < 5 {
            value = value * 10 + Int(text.at(cursor) &- 0x30)
            cursor += 1
        }
        return (value, cursor)
    }

    /// A month name or abbreviation (any case, optionally followed by a full stop) and where it ends.
    private static func readMonth(in text: ScanBytes, at start: Int) -> (Int, Int)? {
        var cursor = start
        while ScanBytes.isLetter(text.at(cursor)), cursor - start < 10 { cursor += 1 }
        guard (3...9).contains(cursor - start), !text.isWordScalar(at: cursor),
              let month = months[text.text(start..<cursor).lowercased()] else { return nil }
        if cursor - start <= 4, text.at(cursor) == UInt8(ascii: "."), text.at(cursor + 1) == UInt8(ascii: " ") { cursor += 1 }
        return (month, cursor)
    }

    private static func skipOrdinal(in text: ScanBytes, at index: Int) -> Int {
        for suffix: StaticString in ["st", "nd", "rd", "th"] where text.hasBytesIgnoringCase(suffix, at: index) {
            if !text.isWordScalar(at: index + 2) { return index + 2 }
        }
        return index
    }

    /// Past one space (ASCII or no-break), or nil if there is none.
    private static func skipSpace(in text: ScanBytes, at index: Int) -> Int? {
        let length = text.spaceLength(at: index)
        return length > 0 ? index + length : nil
    }

    /// A date ends before anything but another digit, letter or a continuing separator (`2015/16`, `2015-16`).
    private static func isEnd(_ index: Int, in text: ScanBytes) -> Bool {
        if text.isWordScalar(at: index) { return false }
        let next = text.at(index)
        if next == UInt8(ascii: "/") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".") || next == UInt8(ascii: ":") {
            return !ScanBytes.isDigit(text.at(index + 1))
        }
        return true
    }

    private static func isDay(_ day: Int, month: Int, year: Int) -> Bool {
        guard (1...12).contains(month), (1000...2999).contains(year), day >= 1 else { return false }
        let isLeap = year.isMultiple(of: 4) && (!year.isMultiple(of: 100) || year.isMultiple(of: 400))
        let length = month == 2 ? (isLeap ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
        return day <= length
    }
}

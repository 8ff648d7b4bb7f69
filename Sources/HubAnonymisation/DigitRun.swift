/// A run of digit groups joined by single spaces or hyphens, brackets allowed around a group
/// (`0141 123 4567`, `+44 (0)20 7946 0958`), read group by group for `NumberMatcher`.
struct DigitRun {
    /// The most digits a run may have and still be looked at.
    static let maximumDigits = 14
    static let maximumGroups = 8

    /// How reading the run ended.
    enum Ending {
        /// At a byte that does not go on with the run, or at too many groups or digits.
        case ended
        /// At a group whose bracket was opened and not closed: not a number.
        case unclosedBracket
        /// At the close of brackets around the run's only group: punctuation around a number
        /// ("(5223882989)"), not part of it.
        case bracketedAlone
    }

    /// The digits read (each 0 to 9), up to one more than `maximumDigits`.
    private(set) var digits: [UInt8] = []
    /// The length of each group.
    private(set) var groups: [Int] = []
    /// How many groups were opened with a bracket.
    private(set) var bracketGroups = 0
    /// Just past the last digit of the last group.
    private(set) var lastDigitEnd: Int
    /// Just past the last digit of the group before it.
    private var previousDigitEnd: Int
    /// How far the run was read: past its last digit, or past a bracketed group's closing bracket
    /// (and a space) where another group follows it.
    private(set) var runEnd: Int
    private var cursor: Int

    /// A run to read from byte `start`.
    init(from start: Int) {
        digits.reserveCapacity(16)
        groups.reserveCapacity(Self.maximumGroups)
        lastDigitEnd = start
        previousDigitEnd = start
        runEnd = start
        cursor = start
    }

    /// Reads groups until the run ends.
    mutating func read(in text: ScanBytes) -> Ending {
        while true {
            let bracketed = text.at(cursor) == UInt8(ascii: "(")
            if bracketed {
                bracketGroups += 1
                cursor += 1
            }
            guard ScanBytes.isDigit(text.at(cursor)) else { return .ended }
            readGroup(in: text)
            if bracketed {
                guard text.at(cursor) == UInt8(ascii: ")") else { return .unclosedBracket }
                cursor += 1
                if goesOnAfterBracket(in: text) { continue }
                // Brackets around the last group are punctuation, not part of the number: "(5223882989)",
                // "0141 123 4567 (2015)". The run ends before them.
                if groups.count == 1 { return .bracketedAlone }
                dropLastGroup()
                return .ended
            }
            guard goesOnAfterGroup(in: text) else { return .ended }
        }
    }

    /// Reads the digits at the cursor as one group (keeping up to one more than `maximumDigits`).
    private mutating func readGroup(in text: ScanBytes) {
        let groupStart = cursor
        while ScanBytes.isDigit(text.at(cursor)) {
            if digits.count <= Self.maximumDigits { digits.append(text.at(cursor) &- 0x30) }
            cursor += 1
        }
        groups.append(cursor - groupStart)
        previousDigitEnd = lastDigitEnd
        lastDigitEnd = cursor
        runEnd = cursor
    }

    /// After a closing bracket: whether another group follows, at once or after one space, within
    /// `maximumGroups`; if so the cursor is moved to it.
    private mutating func goesOnAfterBracket(in text: ScanBytes) -> Bool {
        if text.at(cursor) == UInt8(ascii: " "), ScanBytes.isDigit(text.at(cursor + 1)) { cursor += 1 }
        guard ScanBytes.isDigit(text.at(cursor)), groups.count < Self.maximumGroups else { return false }
        runEnd = cursor
        return true
    }

    /// After an unbracketed group: whether a space or hyphen and then another group (perhaps
    /// bracketed) follow, within `maximumGroups` and `maximumDigits`; if so the cursor is moved to it.
    private mutating func goesOnAfterGroup(in text: ScanBytes) -> Bool {
        guard groups.count < Self.maximumGroups, digits.count <= Self.maximumDigits else { return false }
        let separator = text.at(cursor)
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else { return false }
        let next = text.at(cursor + 1)
        guard ScanBytes.isDigit(next) || (next == UInt8(ascii: "(") && ScanBytes.isDigit(text.at(cursor + 2))) else { return false }
        cursor += 1
        return true
    }

    /// Takes the bracketed last group off the run: the run ends at the group before it.
    private mutating func dropLastGroup() {
        digits.removeLast(min(digits.count, groups.removeLast()))
        bracketGroups -= 1
        lastDigitEnd = previousDigitEnd
        runEnd = lastDigitEnd
    }
}

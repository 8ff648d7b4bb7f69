/// Finds a National Insurance number: two prefix letters, six digits, a suffix letter A to D.
///
/// Spaces or hyphens are optional between the prefix, each pair of digits and the suffix (`QQ 12 34 56 C`,
/// `QQ123456C`, `QQ-12-34-56-C`), one separator throughout.
/// The prefix follows HMRC's rules (first letter not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V;
/// not BG, GB, KN, NK, NT, TN or ZZ), except that HMRC's specimen prefix `QQ` is also reported: it
/// means a number was typed into the document. Upper case or lower case, not mixed.
enum NationalInsuranceMatcher {
    private static let unallocatedPrefixes: Set<[UInt8]> = Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].map { Array($0.utf8) })

    /// The number starting at byte `start` (an ASCII letter at the start of a word), if there is one.
    static func match(in text: ScanBytes, at start: Int) -> ByteMatch? {
        let first = text.at(start), second = text.at(start + 1)
        guard ScanBytes.isLetter(second) else { return nil }
        let upperCase = ScanBytes.isUpper(first)
        guard ScanBytes.isUpper(second) == upperCase else { return nil }
        var cursor = start + 2
        let separator = text.at(cursor) == UInt8(ascii: "-") ? UInt8(ascii: "-") : UInt8(ascii: " ")
        if text.at(cursor) == separator, ScanBytes.isDigit(text.at(cursor + 1)) { cursor += 1 }
        for index in 0..<6 {
            if index == 2 || index == 4, text.at(cursor) == separator, ScanBytes.isDigit(text.at(cursor + 1)) {
                cursor += 1
            }
            guard ScanBytes.isDigit(text.at(cursor)) else { return nil }
            cursor += 1
        }
        if text.at(cursor) == separator, ScanBytes.isLetter(text.at(cursor + 1)) { cursor += 1 }
        let suffix = text.at(cursor)
        guard ScanBytes.isLetter(suffix), ScanBytes.isUpper(suffix) == upperCase,
              "abcd".utf8.contains(ScanBytes.lowercased(suffix)) else { return nil }
        cursor += 1
        guard !text.isWordScalar(at: cursor) else { return nil }

        let prefix = [first & ~0x20, second & ~0x20]
        if prefix != Array("QQ".utf8) {
            guard !"DFIQUV".utf8.contains(prefix[0]), !"DFIOQUV".utf8.contains(prefix[1]),
                  !unallocatedPrefixes.contains(prefix) else { return nil }
        }
        return ByteMatch(kind: .nationalInsurance, start: start, end: cursor)
    }
}

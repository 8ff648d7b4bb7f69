/// A read-only view of UTF-8 text with the byte and scalar tests the identifier matchers share.
///
/// It wraps a buffer that is only valid inside `String.withUTF8`-style closures, so it never escapes a scan.
struct ScanBytes {
    let base: UnsafeBufferPointer<UInt8>

    init(_ base: UnsafeBufferPointer<UInt8>) {
        self.base = base
    }

    var count: Int { base.count }

    /// The byte at `index`, or 0 before the start or past the end (so look-ahead needs no bounds checks).
    @inline(__always)
    func at(_ index: Int) -> UInt8 {
        index >= 0 && index < base.count ? base[index] : 0
    }

    /// The text of a byte range.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: base[range]), as: UTF8.self)
    }

    // MARK: ASCII classes

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    // MARK: Scalars

    /// The scalar starting at byte `index` and its length in bytes; nil past the end.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard index >= 0, index < base.count else { return nil }
        let b0 = UInt32(base[index])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        var value: UInt32
        let length: Int
        if b0 < 0xE0 { value = b0 & 0x1F; length = 2 } else if b0 < 0xF0 { value = b0 & 0x0F; length = 3 } else { value = b0 & 0x07; length = 4 }
        guard index + length <= base.count else { return nil }
        for offset in 1..<length { value = value << 6 | UInt32(base[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The scalar ending just before byte `index` and the offset where it starts; nil at the start.
    func scalar(before index: Int) -> (scalar: Unicode.Scalar, start: Int)? {
        guard index > 0, index <= base.count else { return nil }
        var start = index - 1
        while start > 0, base[start] & 0xC0 == 0x80 { start -= 1 }
        guard let (scalar, _) = scalar(at: start) else { return nil }
        return (scalar, start)
    }

    /// Whether a scalar belongs inside a word: a letter, a digit or a combining mark.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isAlphanumeric(UInt8(scalar.value)) }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether the scalar just before byte `index` is a letter, digit or mark (false at the start).
    @inline(__always)
    func isWordScalar(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let byte = base[index - 1]
        if byte < 0x80 { return ScanBytes.isAlphanumeric(byte) }
        guard let (scalar, _) = scalar(before: index) else { return false }
        return ScanBytes.isWordScalar(scalar)
    }

    /// Whether the scalar at byte `index` is a letter, digit or mark (false at the end).
    @inline(__always)
    func isWordScalar(at index: Int) -> Bool {
        guard index < base.count else { return false }
        let byte = base[index]
        if byte < 0x80 { return ScanBytes.isAlphanumeric(byte) }
        guard let (scalar, _) = scalar(at: index) else { return false }
        return ScanBytes.isWordScalar(scalar)
    }

    /// Whether the bytes at `index` spell `word` exactly (ASCII, case-sensitive).
    func hasBytes(_ word: StaticString, at index: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index >= 0, index + length <= base.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<length where base[index + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether the bytes at `index` spell `word` ignoring ASCII case; `word` must be lowercase.
    func hasBytesIgnoringCase(_ word: StaticString, at index: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index >= 0, index + length <= base.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<length where ScanBytes.lowercased(base[index + offset]) != pointer[offset] { return false }
        return true
    }

    /// Whether byte `index` starts a space: an ASCII space or a no-break space (U+00A0); returns its length or 0.
    @inline(__always)
    func spaceLength(at index: Int) -> Int {
        let byte = at(index)
        if byte == 0x20 { return 1 }
        if byte == 0xC2, at(index + 1) == 0xA0 { return 2 }
        return 0
    }

    /// The length of the space ending just before `index` (ASCII space or no-break space), or 0.
    @inline(__always)
    func spaceLength(before index: Int) -> Int {
        let byte = at(index - 1)
        if byte == 0x20 { return 1 }
        if byte == 0xA0, at(index - 2) == 0xC2 { return 2 }
        return 0
    }
}

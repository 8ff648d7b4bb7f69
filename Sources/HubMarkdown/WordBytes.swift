/// Eight bytes of text classified at once (SWAR: SIMD within a register), for the word counter.
enum WordBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// For eight bytes (byte i in bits 8i...8i+7) that are all ASCII letters, digits or white space
    /// (space, tab, line feed, vertical tab, form feed, carriage return): bit i set where byte i is a
    /// letter or digit. Nil if any byte is something else.
    @inline(__always)
    static func words(in chunk: UInt64) -> UInt64? {
        guard chunk & highBits == 0 else { return nil }
        let letters = inRange(chunk | 0x2020_2020_2020_2020, UInt8(ascii: "a"), UInt8(ascii: "z"))
        let digits = inRange(chunk, UInt8(ascii: "0"), UInt8(ascii: "9"))
        let spaces = inRange(chunk, 0x20, 0x20) | inRange(chunk, 0x09, 0x0D)
        let words = letters | digits
        guard words | spaces == highBits else { return nil }
        // Gathers the high bit of each byte into the top byte, byte i to bit 56 + i.
        return ((words >> 7) &* 0x0102_0408_1020_4080) >> 56
    }

    /// The high bit of each byte set where that byte (below 0x80) is in `low...high`. No sum carries
    /// into the next byte, as every byte and every added constant is at most 0x80.
    @inline(__always)
    private static func inRange(_ chunk: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let atLeastLow = chunk &+ ones &* UInt64(0x80 - low)
        let aboveHigh = chunk &+ ones &* UInt64(0x7F - high)
        return atLeastLow & ~aboveHigh & highBits
    }
}

import Foundation

/// Hashes bytes, strings and numbers into a `Fingerprint`, the same way on every run.
///
/// Swift's own `Hasher` is seeded at random per process, so it cannot key a cache kept on disk.
/// This runs two independent 64-bit lanes over 8-byte words (multiply-rotate rounds in the
/// manner of xxHash) and mixes them at the end; strings and byte runs are length-prefixed, so
/// `("ab", "c")` and `("a", "bc")` differ.
public struct StableHasher: Sendable {
    private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var words: UInt64 = 0

    public init() {}

    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        first = (first &+ word &* Self.prime2)
        first = ((first << 31) | (first >> 33)) &* Self.prime1
        second = (second ^ (word &* Self.prime3))
        second = ((second << 27) | (second >> 37)) &* Self.prime4 &+ Self.prime1
        words &+= 1
    }

    public mutating func combine(_ value: UInt64) {
        mix(value)
    }

    public mutating func combine(_ value: Int) {
        mix(UInt64(bitPattern: Int64(value)))
    }

    public mutating func combine(_ value: Bool) {
        mix(value ? 1 : 2)
    }

    public mutating func combine(_ fingerprint: Fingerprint) {
        mix(fingerprint.high)
        mix(fingerprint.low)
    }

    public mutating func combine(_ string: String) {
        var copy = string
        copy.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// An optional string; nil and "" differ.
    public mutating func combine(_ string: String?) {
        if let string {
            mix(1)
            combine(string)
        } else {
            mix(0)
        }
    }

    public mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine(bytes: $0) }
    }

    /// The length, then the bytes eight at a time, then the tail padded with zeros.
    public mutating func combine(bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        mix(UInt64(count))
        var offset = 0
        while offset + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << UInt64(shift * 8) }
            mix(tail)
        }
    }

    public func finalize() -> Fingerprint {
        Fingerprint(high: Self.avalanche(first ^ (words &* Self.prime3) ^ (second >> 29)),
                    low: Self.avalanche(second ^ (words &* Self.prime1) ^ (first >> 31)))
    }

    /// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}

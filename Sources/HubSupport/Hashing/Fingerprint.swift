/// A 128-bit digest of some content, stable across runs and machines, that decides whether
/// cached work can be reused. It is not cryptographic: it guards against accidental change.
public struct Fingerprint: Sendable, Hashable, Codable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 hexadecimal digits.
    public var description: String {
        Self.hex(high) + Self.hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The fingerprint of `parts`, each written to the hasher in turn.
    public static func of(_ parts: String...) -> Fingerprint {
        var hasher = StableHasher()
        for part in parts { hasher.combine(part) }
        return hasher.finalize()
    }

    /// Parses the 32 hexadecimal digits of `description`.
    public init?(hex: String) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16), let low = UInt64(hex.suffix(16), radix: 16) else {
            return nil
        }
        self.init(high: high, low: low)
    }

    /// Stored as its hexadecimal digits, so that JSON never rounds it.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = Fingerprint(hex: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a fingerprint")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

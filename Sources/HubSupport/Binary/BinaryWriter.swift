/// Appends values to a byte buffer in the cache's binary form: integers as LEB128 varints
/// (zigzag for signed), strings as a length and UTF-8 bytes, optionals as a flag and the value.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// A writer whose buffer has room for `capacity` bytes from the start.
    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    public mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// `value`'s UTF-8 bytes alone, without their count (for a text that ends a file and whose count was written before).
    public mutating func rawText(_ value: String) {
        bytes.append(contentsOf: value.utf8)
    }

    /// Bytes as they are, without a count.
    public mutating func raw(_ values: ArraySlice<UInt8>) {
        bytes.append(contentsOf: values)
    }

    public mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    public mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    public mutating func fingerprint(_ value: Fingerprint) {
        int(Int(bitPattern: UInt(value.high)))
        int(Int(bitPattern: UInt(value.low)))
    }

    /// A count, then the bytes as they are.
    public mutating func uint8s(_ values: [UInt8]) {
        int(values.count)
        bytes.append(contentsOf: values)
    }

    /// A count, then the values' raw little-endian bytes: for long arrays of numbers.
    public mutating func int32s(_ values: [Int32]) {
        int(values.count)
        if Int32(littleEndian: 1) == 1 {
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        } else {
            for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        }
    }
}

/// Reads what `BinaryWriter` wrote; any malformed input throws, so a damaged entry is a cache miss.
public struct BinaryReader {
    public struct Malformed: Error {
        public init() {}
    }

    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    public init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { offset == bytes.count }

    /// How many bytes are left to read.
    public var remaining: Int { bytes.count - offset }

    /// The next `count` bytes as UTF-8 text (what `BinaryWriter.rawText` wrote).
    public mutating func rawText(count: Int) throws -> String {
        guard count >= 0, count <= remaining else { throw Malformed() }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        offset += count
        return text
    }

    /// Passes over what is left.
    public mutating func skipRest() {
        offset = bytes.count
    }

    /// Passes over `count` bytes (at most what remains).
    public mutating func skip(_ count: Int) {
        offset = min(bytes.count, offset + max(0, count))
    }

    /// How many bytes have been read.
    public var position: Int { offset }

    /// The bytes read since `start` (an earlier `position`).
    public func bytesRead(since start: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[start..<offset])
    }

    public mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        // Zigzag: undo with a logical shift, so values with the top bit set come back whole.
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    public mutating func bool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    public mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        offset += count
        return text
    }

    /// A string, given as `known` itself when it has the same bytes (a path repeated through an
    /// entry is then not made again for each place it is read).
    public mutating func string(reusing known: String) throws -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        let read = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        offset += count
        if known.utf8.count == count, known.utf8.elementsEqual(read) { return known }
        return String(decoding: read, as: UTF8.self)
    }

    public mutating func fingerprint() throws -> Fingerprint {
        Fingerprint(high: UInt64(UInt(bitPattern: try int())), low: UInt64(UInt(bitPattern: try int())))
    }

    /// A string that must be one of an enumeration's raw values.
    public mutating func value<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }

    public mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    public mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    /// What `BinaryWriter.uint8s` wrote.
    public mutating func uint8s() throws -> [UInt8] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        let start = offset
        offset += count
        return Array(UnsafeRawBufferPointer(rebasing: bytes[start..<offset]))
    }

    /// What `BinaryWriter.int32s` wrote.
    public mutating func int32s() throws -> [Int32] {
        let count = try int()
        guard count >= 0, count <= (bytes.count - offset) / 4 else { throw Malformed() }
        let start = offset
        offset += count * 4
        // Copied whole, then put in the machine's byte order (a no-op on little-endian machines).
        var values = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<offset])) }
            initialized = count
        }
        if Int32(littleEndian: 1) != 1 { values = values.map { Int32(littleEndian: $0) } }
        return values
    }
}

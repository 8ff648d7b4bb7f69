import Foundation
import HubSupport
import Testing

/// The cache's integers survive their encoding at every size and sign.
@Suite struct CacheCodingTests {
    @Test(arguments: [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int(Int32.max), Int(Int32.min), Int.max, Int.min, Int.max - 1, Int.min + 1])
    func integersRoundTrip(value: Int) throws {
        var writer = BinaryWriter()
        writer.int(value)
        writer.string("après")
        let (number, text) = try writer.bytes.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            return (try reader.int(), try reader.string())
        }
        #expect(number == value)
        #expect(text == "après")
    }

    /// Arrays of 32-bit integers are written and read whole, little-endian, at any alignment.
    @Test func int32ArraysRoundTrip() throws {
        let arrays: [[Int32]] = [[], [0], [1, -1, Int32.max, Int32.min, 0x0102_0304], (0..<1000).map { $0 &* 7919 - 500_000 }]
        for values in arrays {
            var writer = BinaryWriter()
            writer.bool(true)
            writer.int32s(values)
            writer.int32s(values.reversed())
            let bytes = writer.bytes
            // Little-endian on every machine.
            if let first = values.first {
                let at = bytes.count - values.count * 8 - (values.count < 64 ? 1 : 2)
                #expect(Array(bytes[at..<at + 4]) == [UInt8(truncatingIfNeeded: first), UInt8(truncatingIfNeeded: first >> 8),
                                                      UInt8(truncatingIfNeeded: first >> 16), UInt8(truncatingIfNeeded: first >> 24)])
            }
            let (forwards, backwards) = try bytes.withUnsafeBytes { bytes in
                var reader = BinaryReader(bytes)
                _ = try reader.bool()
                let result = (try reader.int32s(), try reader.int32s())
                #expect(reader.isAtEnd)
                return result
            }
            #expect(forwards == values && backwards == values.reversed())
            // Cut short, it is malformed, not misread.
            let cut = Array(bytes.dropLast())
            #expect(throws: BinaryReader.Malformed.self) {
                try cut.withUnsafeBytes { bytes in
                    var reader = BinaryReader(bytes)
                    _ = try reader.bool()
                    _ = try reader.int32s()
                    _ = try reader.int32s()
                }
            }
        }
    }
}

/// Fast searches over text bytes, sixteen at a time: where the normaliser or the name check must look.
enum ByteSearch {
    private typealias Vector = SIMD16<UInt8>

    /// The first index at or after `start` (before `end`) holding a byte the normaliser treats specially:
    /// `&`, `\`, `*`, `_`, `~`, `` ` ``, a tab, a line break, a carriage return, a non-ASCII byte, a control
    /// character, or a space followed by another; `end` if none.
    static func nextSpecial(in base: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let pointer = base.baseAddress else { return end }
        let raw = UnsafeRawPointer(pointer)
        var index = start
        // A vector and the one a byte further on (for double spaces) are read while 17 bytes remain.
        while index + 17 <= end {
            let vector = raw.loadUnaligned(fromByteOffset: index, as: Vector.self)
            let following = raw.loadUnaligned(fromByteOffset: index + 1, as: Vector.self)
            var mask = vector .< Vector(repeating: 0x20)
            mask .|= vector .>= Vector(repeating: 0x7E)
            mask .|= vector .== Vector(repeating: UInt8(ascii: "&"))
            mask .|= vector .== Vector(repeating: UInt8(ascii: "\\"))
            mask .|= vector .== Vector(repeating: UInt8(ascii: "*"))
            mask .|= vector .== Vector(repeating: UInt8(ascii: "_"))
            mask .|= vector .== Vector(repeating: UInt8(ascii: "`"))
            mask .|= (vector .== Vector(repeating: 0x20)) .& (following .== Vector(repeating: 0x20))
            if any(mask) {
                for lane in 0..<16 where mask[lane] { return index + lane }
            }
            index += 16
        }
        while index < end {
            let byte = pointer[index]
            if byte < 0x20 || byte >= 0x7E || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "*")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "`") || byte == 0x20 && index + 1 < end && pointer[index + 1] == 0x20 {
                return index
            }
            index += 1
        }
        return end
    }

    /// The first index at or after `start` holding an ASCII capital or a non-ASCII lead byte; `end` if none.
    static func nextCapital(in base: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let pointer = base.baseAddress else { return end }
        let raw = UnsafeRawPointer(pointer)
        var index = start
        while index + 16 <= end {
            let vector = raw.loadUnaligned(fromByteOffset: index, as: Vector.self)
            let mask = (vector &- Vector(repeating: 0x41)) .< Vector(repeating: 26) .| vector .>= Vector(repeating: 0xC0)
            if any(mask) {
                for lane in 0..<16 where mask[lane] { return index + lane }
            }
            index += 16
        }
        while index < end {
            let byte = pointer[index]
            if byte &- 0x41 < 26 || byte >= 0xC0 { return index }
            index += 1
        }
        return end
    }
}

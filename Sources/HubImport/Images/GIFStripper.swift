/// A GIF file without its comment extensions and application extensions other than the looping one
/// (XMP travels in one).
enum GIFStripper {
    static func strip(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 13 else { return nil }
        var offset = 13
        if bytes[10] & 0x80 != 0 { offset += 3 << (Int(bytes[10] & 0x07) + 1) }
        guard offset <= bytes.count else { return nil }
        var output = Array(bytes[0..<offset])
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x3B:
                return output + [0x3B]
            case 0x21:
                guard offset + 2 <= bytes.count, let end = subBlocksEnd(bytes, from: offset + 2) else { return nil }
                if keepsExtension(bytes, at: offset) { output += bytes[offset..<end] }
                offset = end
            case 0x2C:
                guard offset + 10 <= bytes.count else { return nil }
                var start = offset + 10
                if bytes[offset + 9] & 0x80 != 0 { start += 3 << (Int(bytes[offset + 9] & 0x07) + 1) }
                guard start + 1 <= bytes.count, let end = subBlocksEnd(bytes, from: start + 1) else { return nil }
                output += bytes[offset..<end]
                offset = end
            default:
                return nil
            }
        }
        return nil
    }

    /// Past the sub-blocks that start at `start`, ending with an empty one.
    private static func subBlocksEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var offset = start
        while offset < bytes.count {
            let size = Int(bytes[offset])
            offset += 1 + size
            if size == 0 { return offset <= bytes.count ? offset : nil }
        }
        return nil
    }

    private static func keepsExtension(_ bytes: [UInt8], at offset: Int) -> Bool {
        switch bytes[offset + 1] {
        case 0xFE: return false
        case 0xFF:
            let identifier = bytes.count >= offset + 14 ? String(decoding: bytes[(offset + 3)..<(offset + 14)], as: UTF8.self) : ""
            return identifier == "NETSCAPE2.0" || identifier == "ANIMEXTS1.0"
        default: return true
        }
    }
}

/// A JPEG file without its APP1 (EXIF, XMP), APP13 (IPTC), other application segments and comments;
/// JFIF (APP0), an ICC colour profile (APP2) and Adobe's colour marker (APP14) are kept.
enum JPEGStripper {
    static func strip(_ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = [0xFF, 0xD8]
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }  // fill byte
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
                output += [0xFF, marker]
                offset += 2
                continue
            }
            if marker == 0xD9 { return output + [0xFF, 0xD9] }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let end = offset + 2 + length
            guard length >= 2, end <= bytes.count else { return nil }
            // Start of scan: the picture's data follows, to the end of the file.
            if marker == 0xDA { return output + bytes[offset...] }
            if keeps(marker, segment: bytes[(offset + 4)..<end]) { output += bytes[offset..<end] }
            offset = end
        }
        return nil
    }

    private static func keeps(_ marker: UInt8, segment: ArraySlice<UInt8>) -> Bool {
        switch marker {
        case 0xE0, 0xEE: return true
        case 0xE2: return segment.starts(with: Array("ICC_PROFILE".utf8))
        case 0xE1...0xEF, 0xFE: return false
        default: return true
        }
    }
}

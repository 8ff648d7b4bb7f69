/// Removes the metadata of a JPEG image: every APPn segment but the JFIF header, the ICC colour
/// profile and Adobe's colour-transform marker (so EXIF with its GPS position and camera owner, XMP,
/// IPTC and Photoshop data, MPF and maker data all go), every comment, and anything after the image.
/// The EXIF orientation is kept, in a new EXIF segment that holds nothing else, so that a photo taken
/// on its side is still shown upright.
enum JPEGMetadata {
    static func strip(_ bytes: [UInt8]) throws(AssetProblem) -> [UInt8] {
        var output: [UInt8] = [0xFF, 0xD8]
        output.reserveCapacity(bytes.count)
        var keptOrientation = false
        var offset = 2
        while true {
            // A marker: 0xFF, any number of fill bytes 0xFF, then its code.
            guard offset < bytes.count, bytes[offset] == 0xFF else { throw .damaged(.jpeg, at: offset) }
            while offset < bytes.count, bytes[offset] == 0xFF { offset += 1 }
            guard offset < bytes.count else { throw .damaged(.jpeg, at: offset) }
            let marker = bytes[offset]
            offset += 1
            if marker == 0xD9 {
                output += [0xFF, 0xD9]
                return output
            }
            if marker == 0x00 || marker == 0xD8 { throw .damaged(.jpeg, at: offset - 1) }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                output += [0xFF, marker]
                continue
            }
            guard offset + 2 <= bytes.count else { throw .damaged(.jpeg, at: offset) }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            guard length >= 2, offset + length <= bytes.count else { throw .damaged(.jpeg, at: offset) }
            let segment = bytes[offset..<offset + length]
            // The EXIF orientation, where the EXIF was, in a segment of its own.
            if marker == 0xE1, !keptOrientation, let orientation = Self.orientation(inExif: segment.dropFirst(2)) {
                keptOrientation = true
                if orientation != 1 { output += Self.orientationSegment(orientation) }
            }
            if Self.keeps(marker, payload: segment.dropFirst(2)) {
                output += [0xFF, marker]
                output += segment
            }
            offset += length
            if marker == 0xDA {
                let end = Self.endOfScan(bytes, from: offset)
                output += bytes[offset..<end]
                offset = end
            }
        }
    }

    /// Whether a segment is kept: everything but APPn segments (other than JFIF, the ICC profile and
    /// Adobe's marker) and comments.
    private static func keeps(_ marker: UInt8, payload: ArraySlice<UInt8>) -> Bool {
        func starts(_ text: String) -> Bool { payload.starts(with: Array(text.utf8)) }
        switch marker {
        case 0xE0: return starts("JFIF\0") || starts("JFXX\0")
        case 0xE2: return starts("ICC_PROFILE\0")
        case 0xEE: return starts("Adobe")
        case 0xE1...0xEF, 0xFE: return false
        default: return true
        }
    }

    /// Where the entropy-coded data after a start-of-scan header ends: at the first marker that is
    /// not a stuffed zero, a restart marker or a fill byte.
    private static func endOfScan(_ bytes: [UInt8], from start: Int) -> Int {
        var offset = start
        while offset + 1 < bytes.count {
            if bytes[offset] == 0xFF {
                let next = bytes[offset + 1]
                if next != 0x00 && next != 0xFF && !(0xD0...0xD7).contains(next) { return offset }
            }
            offset += 1
        }
        return bytes.count
    }

    /// The orientation tag (0x0112) of the first image directory of an EXIF payload, if there is one.
    static func orientation(inExif payload: ArraySlice<UInt8>) -> UInt16? {
        guard payload.starts(with: Array("Exif\0\0".utf8)) else { return nil }
        let tiff = Array(payload.dropFirst(6))
        guard tiff.count >= 8 else { return nil }
        let little = tiff[0] == 0x49
        func number(_ at: Int, _ width: Int) -> Int? {
            guard at >= 0, at + width <= tiff.count else { return nil }
            let bytes = tiff[at..<at + width]
            return (little ? bytes.reversed() : Array(bytes)).reduce(0) { $0 << 8 | Int($1) }
        }
        guard let directory = number(4, 4), let count = number(directory, 2) else { return nil }
        for index in 0..<min(count, 1000) {
            let entry = directory + 2 + index * 12
            guard let tag = number(entry, 2) else { return nil }
            if tag == 0x0112, number(entry + 2, 2) == 3, let value = number(entry + 8, 2), (1...8).contains(value) {
                return UInt16(value)
            }
        }
        return nil
    }

    /// An APP1 segment with an EXIF directory holding only the orientation.
    static func orientationSegment(_ orientation: UInt16) -> [UInt8] {
        let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,  // big-endian, directory at 8
                             0x00, 0x01,  // one entry
                             0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01,  // orientation, SHORT, count 1
                             UInt8(orientation >> 8), UInt8(orientation & 0xFF), 0x00, 0x00,
                             0x00, 0x00, 0x00, 0x00]  // no next directory
        let payload = Array("Exif\0\0".utf8) + tiff
        let length = payload.count + 2
        return [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }
}

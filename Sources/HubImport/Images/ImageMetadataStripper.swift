/// Removes what a picture carries besides the picture: EXIF (camera, place, time, author), XMP, IPTC,
/// comments and text chunks, any of which may name a person. Works on the bytes of PNG, JPEG, GIF and
/// WebP files, the formats browsers show; anything else is refused.
public enum ImageMetadataStripper {
    /// The picture's format, from its first bytes.
    public enum Format: String, Sendable {
        case png, jpg, gif, webp
    }

    /// The format of `bytes`, nil when it is none of those browsers show.
    public static func format(of bytes: [UInt8]) -> Format? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpg }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .gif }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .webp }
        return nil
    }

    /// `bytes` without their metadata, and their format; nil when the format is not one browsers show
    /// or the file is damaged.
    public static func strip(_ bytes: [UInt8]) -> (format: Format, bytes: [UInt8])? {
        guard let format = format(of: bytes) else { return nil }
        let stripped: [UInt8]?
        switch format {
        case .png: stripped = strippedPNG(bytes)
        case .jpg: stripped = JPEGStripper.strip(bytes)
        case .gif: stripped = GIFStripper.strip(bytes)
        case .webp: stripped = WebPStripper.strip(bytes)
        }
        return stripped.map { (format, $0) }
    }

    /// The PNG chunks that draw the picture (and its colours); every other chunk is dropped.
    static let keptPNGChunks: Set<String> = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP",
                                              "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT"]

    static func strippedPNG(_ bytes: [UInt8]) -> [UInt8]? {
        var output = Array(bytes[0..<8])
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let end = offset + 12 + length
            guard length >= 0, end <= bytes.count else { return nil }
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if keptPNGChunks.contains(type) { output += bytes[offset..<end] }
            offset = end
            if type == "IEND" { return output }
        }
        return nil
    }
}

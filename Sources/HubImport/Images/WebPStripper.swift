/// A WebP file without its EXIF and XMP chunks (and with the flags that announced them cleared).
enum WebPStripper {
    static func strip(_ bytes: [UInt8]) -> [UInt8]? {
        var chunks: [UInt8] = []
        var offset = 12
        while offset + 8 <= bytes.count {
            let type = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            let size = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]) << 16 | Int(bytes[offset + 7]) << 24
            let end = offset + 8 + size + (size & 1)
            guard end <= bytes.count || offset + 8 + size == bytes.count else { return nil }
            var chunk = Array(bytes[offset..<min(end, bytes.count)])
            if type == "VP8X", chunk.count > 8 { chunk[8] &= ~0x0C }
            if type != "EXIF" && type != "XMP " { chunks += chunk }
            offset = end
        }
        let size = UInt32(chunks.count + 4)
        return Array("RIFF".utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
            + Array("WEBP".utf8) + chunks
    }
}

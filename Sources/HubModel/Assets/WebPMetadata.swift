/// Removes the metadata of a WebP image: the `EXIF` and `XMP ` chunks and any chunk this does not
/// know, with the extended header's flags for them cleared and the file's size set again.
enum WebPMetadata {
    /// The chunks kept: the picture (lossy, lossless, alpha), the extended header, animation and the colour profile.
    static let kept: Set<String> = ["VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"]

    static func strip(_ bytes: [UInt8]) throws(AssetProblem) -> [UInt8] {
        func littleEndian(_ at: Int) -> Int { (0..<4).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        let declared = littleEndian(4) + 8
        guard declared <= bytes.count, declared >= 12 else { throw .damaged(.webp, at: 4) }
        var chunks: [UInt8] = []
        var offset = 12
        while offset < declared {
            guard offset + 8 <= declared else { throw .damaged(.webp, at: offset) }
            let type = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = littleEndian(offset + 4)
            let end = offset + 8 + size + size % 2
            guard size >= 0, end <= declared || (end == declared + 1 && size % 2 == 1) else { throw .damaged(.webp, at: offset) }
            if kept.contains(type) {
                var chunk = Array(bytes[offset..<min(end, declared)])
                if chunk.count < 8 + size + size % 2 { chunk.append(0) }
                // The extended header's flags byte: bit 3 says EXIF is present, bit 2 XMP.
                if type == "VP8X", size >= 1 { chunk[8] &= ~0x0C }
                chunks += chunk
            }
            offset = end
        }
        guard !chunks.isEmpty else { throw .damaged(.webp, at: 12) }
        let size = chunks.count + 4
        return Array("RIFF".utf8) + (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) } + Array("WEBP".utf8) + chunks
    }
}

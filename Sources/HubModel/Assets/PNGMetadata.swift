/// Removes the metadata of a PNG image: every chunk but those that make up the picture and its
/// colours (so `eXIf`, `tEXt`, `iTXt`, `zTXt`, `tIME` and private chunks all go), and anything after
/// the image's end. A critical chunk this does not know cannot be removed without breaking the
/// image, so such a file is refused.
enum PNGMetadata {
    /// The chunks kept: critical ones, colour and transparency, pixel size, and APNG animation.
    static let kept: Set<String> = [
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCV", "cLLI",
        "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT",
    ]

    static func strip(_ bytes: [UInt8]) throws(AssetProblem) -> [UInt8] {
        var output = Array(bytes.prefix(8))
        output.reserveCapacity(bytes.count)
        var offset = 8
        var first = true
        while true {
            guard offset + 12 <= bytes.count else { throw .damaged(.png, at: offset) }
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let typeBytes = bytes[offset + 4..<offset + 8]
            guard length <= Int(Int32.max), offset + 12 + length <= bytes.count,
                  typeBytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                throw .damaged(.png, at: offset)
            }
            let type = String(decoding: typeBytes, as: UTF8.self)
            guard !first || type == "IHDR" else { throw .damaged(.png, at: offset) }
            first = false
            let isCritical = typeBytes.first! < 0x61
            if kept.contains(type) {
                output += bytes[offset..<offset + 12 + length]
            } else if isCritical {
                throw AssetProblem("a PNG image with a critical chunk '\(type)' that the generator does not know, "
                                   + "so its metadata cannot be removed safely",
                                   hint: "open it in an image editor and save it again as PNG")
            }
            offset += 12 + length
            if type == "IEND" { return output }
        }
    }
}

/// Removes the metadata of a GIF image: comment extensions, application extensions other than the
/// animation loop (so XMP and ICC data go), any extension this does not know, and anything after
/// the trailer. Frames, their timing and the plain text extension (drawn as part of the picture) stay.
enum GIFMetadata {
    /// The application extensions kept: how often an animation loops.
    static let keptApplications: Set<String> = ["NETSCAPE2.0", "ANIMEXTS1.0"]

    static func strip(_ bytes: [UInt8]) throws(AssetProblem) -> [UInt8] {
        guard bytes.count >= 13 else { throw .damaged(.gif, at: bytes.count) }
        var offset = 13 + colourTableSize(bytes[10])
        guard offset <= bytes.count else { throw .damaged(.gif, at: 10) }
        var output = Array(bytes[0..<offset])
        output.reserveCapacity(bytes.count)
        while true {
            guard offset < bytes.count else { throw .damaged(.gif, at: offset) }
            let start = offset
            switch bytes[offset] {
            case 0x3B:
                output.append(0x3B)
                return output
            case 0x2C:
                // Image descriptor, local colour table, LZW code size, then the image data's sub-blocks.
                guard offset + 10 <= bytes.count else { throw .damaged(.gif, at: offset) }
                offset += 10 + colourTableSize(bytes[offset + 9]) + 1
                offset = try endOfSubBlocks(bytes, from: offset)
                output += bytes[start..<offset]
            case 0x21:
                guard offset + 2 <= bytes.count else { throw .damaged(.gif, at: offset) }
                let label = bytes[offset + 1]
                let end = try endOfSubBlocks(bytes, from: offset + 2)
                if keeps(label, firstBlock: bytes[(offset + 2)..<end]) { output += bytes[start..<end] }
                offset = end
            default:
                throw .damaged(.gif, at: offset)
            }
        }
    }

    /// Whether an extension is kept: graphic control (frame timing and transparency), plain text,
    /// and the looping application extension.
    private static func keeps(_ label: UInt8, firstBlock blocks: ArraySlice<UInt8>) -> Bool {
        switch label {
        case 0xF9, 0x01: return true
        case 0xFF:
            guard let size = blocks.first, size == 11, blocks.count >= 12 else { return false }
            let name = String(decoding: blocks[(blocks.startIndex + 1)..<(blocks.startIndex + 12)], as: UTF8.self)
            return keptApplications.contains(name)
        default: return false
        }
    }

    /// The bytes of a colour table whose presence and size a packed field gives.
    private static func colourTableSize(_ packed: UInt8) -> Int {
        packed & 0x80 == 0 ? 0 : 3 << (Int(packed & 0x07) + 1)
    }

    /// The offset just after a run of sub-blocks (each a size byte and that many bytes) and its zero terminator.
    private static func endOfSubBlocks(_ bytes: [UInt8], from start: Int) throws(AssetProblem) -> Int {
        var offset = start
        while true {
            guard offset < bytes.count else { throw .damaged(.gif, at: offset) }
            let size = Int(bytes[offset])
            offset += 1 + size
            if size == 0 { return offset }
        }
    }
}

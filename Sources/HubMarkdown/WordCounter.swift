/// Counts the words of a text: runs of letters and digits (ASCII checked byte by byte, other
/// characters by their Unicode properties). White space ends a word; other punctuation does not
/// ("don't" is one word).
///
/// Eight bytes of ASCII letters, digits and white space are counted at once (`WordBytes`); anything
/// else a character at a time, a run of ASCII letters and digits in one tight loop.
struct WordCounter {
    /// The words started so far.
    private(set) var count = 0
    /// Whether the text so far ends inside a word.
    private var inWord = false

    /// The number of words in `text`.
    static func count(in text: String) -> Int {
        var text = text
        return text.withUTF8 { count(in: $0) }
    }

    /// The number of words in `bytes`, which must be valid UTF-8.
    static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var counter = WordCounter()
        var offset = 0
        let end = bytes.count
        while offset < end {
            if offset + 8 <= end, counter.countChunk(at: base + offset) {
                offset += 8
                continue
            }
            // Eight bytes a character at a time (a run of letters may take it further).
            let stop = min(offset + 8, end)
            while offset < stop {
                offset = counter.countCharacter(at: offset, in: bytes)
            }
        }
        return counter.count
    }

    /// Counts the eight bytes at `pointer` at once if they are all ASCII letters, digits and white
    /// space; false (and nothing counted) otherwise.
    @inline(__always)
    private mutating func countChunk(at pointer: UnsafePointer<UInt8>) -> Bool {
        let chunk = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
        guard let words = WordBytes.words(in: UInt64(littleEndian: chunk)) else { return false }
        // Bit i: byte i is a letter or digit; the others are white space. A word starts at a
        // letter or digit after white space (or after the state the text before left).
        let before = (words << 1) | (inWord ? 1 : 0)
        count += Int((words & ~before & 0xFF).nonzeroBitCount)
        inWord = words & 0x80 != 0
        return true
    }

    /// Counts the character at `offset` (or the whole run of ASCII letters and digits starting
    /// there); returns the offset after it.
    @inline(__always)
    private mutating func countCharacter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = bytes[offset]
        guard byte >= 0x80 else {
            guard Self.isASCIIWord(byte) else {
                if byte == 0x20 || byte &- 0x09 < 5 { inWord = false }
                return offset + 1
            }
            if !inWord { count += 1 }
            inWord = true
            var next = offset + 1
            while next < bytes.count, Self.isASCIIWord(bytes[next]) { next += 1 }
            return next
        }
        let (scalar, length) = Self.scalar(at: offset, in: bytes)
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            if !inWord { count += 1 }
            inWord = true
        } else if scalar.properties.isWhitespace {
            inWord = false
        }
        return offset + length
    }

    @inline(__always)
    private static func isASCIIWord(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 }

    /// The scalar whose lead byte (not ASCII) is at `offset` in valid UTF-8, and its length in bytes
    /// (the length the lead byte gives, even where the text ends sooner).
    @inline(__always)
    private static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let byte = bytes[offset]
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for next in 1..<length where offset + next < bytes.count {
            value = value << 6 | UInt32(bytes[offset + next] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? " ", length)
    }
}

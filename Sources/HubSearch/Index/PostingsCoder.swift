/// Encodes postings as short strings of URL- and JSON-safe characters.
///
/// Each number is a little-endian varint of 5-bit groups: a character's index in
/// `alphabet` is the group, plus 32 when more groups follow. Numbers below 32 take one character.
public enum PostingsCoder {
    public static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    @inline(__always)
    public static func append(_ value: Int, to output: inout [UInt8]) {
        append(value, alphabet: alphabet, to: &output)
    }

    /// `append(_:to:)` with `alphabet` at hand, for loops that encode many numbers.
    @inline(__always)
    static func append(_ value: Int, alphabet: [UInt8], to output: inout [UInt8]) {
        // Most gaps and weights take one character.
        if value < 32 {
            output.append(alphabet[value])
            return
        }
        var rest = value
        repeat {
            let group = rest & 31
            rest >>= 5
            output.append(alphabet[group + (rest > 0 ? 32 : 0)])
        } while rest > 0
    }

    /// Decodes a whole string back to numbers (used by tests; the browser has its own decoder).
    public static func decode(_ text: String) -> [Int] {
        var lookup = [Int](repeating: -1, count: 128)
        for (index, byte) in alphabet.enumerated() { lookup[Int(byte)] = index }
        var values: [Int] = []
        var current = 0
        var shift = 0
        for byte in text.utf8 {
            let digit = lookup[Int(byte)]
            current |= (digit & 31) << shift
            if digit >= 32 {
                shift += 5
            } else {
                values.append(current)
                current = 0
                shift = 0
            }
        }
        return values
    }
}

/// HTML character references as Markdown decodes them: `&#64;`, `&#x40;` and the named ones an
/// evader or a converter is likely to use.
enum CharacterReference {
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "commat": "@", "period": ".", "nbsp": "\u{00A0}", "shy": "\u{00AD}", "hyphen": "-", "dash": "-",
        "ndash": "\u{2013}", "plus": "+", "lpar": "(", "rpar": ")", "num": "#", "colon": ":", "sol": "/", "lowbar": "_",
        "apos": "'", "quot": "\"", "rsquo": "\u{2019}", "lsquo": "\u{2018}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "NoBreak": "\u{2060}", "ZeroWidthSpace": "\u{200B}",
        "lt": "<", "gt": ">", "excl": "!", "comma": ",", "dot": ".", "Tab": "\t", "numsp": "\u{2007}", "puncsp": "\u{2008}",
    ]

    /// The reference starting at `start` (an `&`): the character it stands for and its length in bytes.
    static func decode(in text: ScanBytes, at start: Int) -> (Unicode.Scalar, Int)? {
        if text.at(start + 1) == UInt8(ascii: "#") { return numeric(in: text, at: start) }
        var end = start + 1
        while ScanBytes.isAlphanumeric(text.at(end)), end - start <= 16 { end += 1 }
        guard end > start + 1, text.at(end) == UInt8(ascii: ";"), let scalar = named[text.text((start + 1)..<end)] else { return nil }
        return (scalar, end + 1 - start)
    }

    /// `&#64;` or `&#x40;`.
    private static func numeric(in text: ScanBytes, at start: Int) -> (Unicode.Scalar, Int)? {
        let hex = text.at(start + 2) == UInt8(ascii: "x") || text.at(start + 2) == UInt8(ascii: "X")
        var cursor = start + (hex ? 3 : 2)
        let first = cursor
        var value: UInt32 = 0
        while cursor - first < 8 {
            let byte = text.at(cursor)
            if hex, let digit = hexValue(byte) {
                value = value << 4 | digit
            } else if !hex, ScanBytes.isDigit(byte) {
                value = value * 10 + UInt32(byte - 0x30)
            } else {
                break
            }
            cursor += 1
        }
        guard cursor > first, text.at(cursor) == UInt8(ascii: ";"), value > 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, cursor + 1 - start)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        if ScanBytes.isDigit(byte) { return UInt32(byte - 0x30) }
        let lower = byte | 0x20
        if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "f") { return UInt32(lower - UInt8(ascii: "a") + 10) }
        return nil
    }
}

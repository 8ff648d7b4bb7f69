/// Reads a source text once, writing its normalised form (see `NormalisedText`).
struct NormalisingReader {
    let source: ScanBytes
    let syntax: NormalisedText.Syntax
    private var index = 0
    /// Whether the current source line is a heading or a table row, whose line break always stays.
    private var lineKeepsBreak = false

    init(source: ScanBytes, syntax: NormalisedText.Syntax) {
        self.source = source
        self.syntax = syntax
        lineKeepsBreak = Self.keepsBreak(source, lineStart: 0)
    }

    mutating func run(into text: inout NormalisedText) {
        let count = source.count
        while index < count {
            let byte = source.base[index]
            if Self.isPlain(byte) {
                copyRun(into: &text)
                continue
            }
            if byte >= 0x80 {
                nonASCII(into: &text)
                continue
            }
            switch byte {
            case 0x20, 0x09:
                space(into: &text, length: 1)
            case 0x0A:
                lineBreak(into: &text)
            case 0x0D:
                index += 1
            case UInt8(ascii: "&"):
                if let (scalar, length) = CharacterReference.decode(in: source, at: index) {
                    write(scalar, replacing: index..<(index + length), into: &text)
                    index += length
                } else {
                    copy(into: &text)
                }
            case UInt8(ascii: "\\"):
                escape(into: &text)
            case UInt8(ascii: "*"), UInt8(ascii: "~"), UInt8(ascii: "`"):
                if touchesWord(at: index) { index += 1 } else { copy(into: &text) }
            case UInt8(ascii: "_"):
                // Inside a word an underscore is a character ("j_smith"), not emphasis.
                if touchesWord(at: index), !(source.isWordScalar(before: index) && source.isWordScalar(at: index + 1)) {
                    index += 1
                } else {
                    copy(into: &text)
                }
            default:
                copy(into: &text)
            }
        }
    }

    /// Whether `byte` is printable ASCII that is kept as it is: not a space, `&`, `\\`, or a mark of emphasis or code.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        // 33...63 but `&` (38) and `*` (42), as a bit mask.
        if byte < 64 { return (0xFFFF_FBBE_0000_0000 as UInt64) >> UInt64(byte) & 1 == 1 }
        // 64...126 but `\\` (92), `_` (95), `` ` `` (96) and `~` (126).
        return byte < 127 && byte != 92 && byte != 95 && byte != 96 && byte != 126
    }

    /// Copies a run of plain bytes, with the single spaces between them, in one go: most of a text.
    private mutating func copyRun(into text: inout NormalisedText) {
        let end = ByteSearch.nextSpecial(in: source.base, from: index + 1, to: source.count)
        text.append(UnsafeBufferPointer(rebasing: source.base[index..<end]), from: index)
        index = end
    }

    @inline(__always)
    private mutating func copy(into text: inout NormalisedText) {
        text.append(source.base[index], from: index)
        index += 1
    }

    /// One space for a run of spaces, however written.
    private mutating func space(into text: inout NormalisedText, length: Int) {
        if !text.endsInSpace { text.append(0x20, from: index) }
        index += length
    }

    /// A line break: kept before a new block and after a heading or table row, else a space.
    private mutating func lineBreak(into text: inout NormalisedText) {
        let next = index + 1
        if lineKeepsBreak || Self.startsBlock(source, lineStart: next) {
            text.append(0x0A, from: index)
        } else if !text.endsInSpace {
            text.append(0x20, from: index)
        }
        index = next
        lineKeepsBreak = Self.keepsBreak(source, lineStart: next)
    }

    /// A backslash: Markdown's escape of punctuation is dropped; YAML's `\u0040`, `\x40` and `\_` decoded.
    private mutating func escape(into text: inout NormalisedText) {
        let next = source.at(index + 1)
        if syntax == .yaml, let (scalar, length) = Self.yamlEscape(in: source, at: index) {
            write(scalar, replacing: index..<(index + length), into: &text)
            index += length
        } else if syntax == .markdown, next >= 0x21, next < 0x7F, !ScanBytes.isAlphanumeric(next) {
            index += 1
            copy(into: &text)
        } else {
            copy(into: &text)
        }
    }

    /// A non-ASCII scalar: a space, a character to drop, a hyphen, a full-width form, or copied.
    private mutating func nonASCII(into text: inout NormalisedText) {
        guard let (scalar, length) = source.scalar(at: index) else {
            copy(into: &text)
            return
        }
        switch CharacterClass.of(scalar) {
        case .space:
            space(into: &text, length: length)
        case .invisible:
            index += length
        case .replaced(let replacement):
            write(replacement, replacing: index..<(index + length), into: &text)
            index += length
        case .kept:
            for offset in 0..<length { text.append(source.base[index + offset], from: index + offset) }
            index += length
        }
    }

    /// Writes a decoded scalar, itself normalised (a decoded `&nbsp;` is a space, a decoded `&shy;` nothing).
    private func write(_ scalar: Unicode.Scalar, replacing range: Range<Int>, into text: inout NormalisedText) {
        switch CharacterClass.of(scalar) {
        case .space, .kept where scalar == " " || scalar == "\t":
            if !text.endsInSpace { text.append(" ", replacing: range) }
        case .invisible:
            break
        case .replaced(let replacement):
            text.append(replacement, replacing: range)
        case .kept:
            text.append(scalar, replacing: range)
        }
    }

    /// Whether the mark at `offset` touches a letter or digit on either side (emphasis), rather than standing alone (a bullet).
    private func touchesWord(at offset: Int) -> Bool {
        source.isWordScalar(before: offset) || source.isWordScalar(at: offset + 1)
            || (source.at(offset + 1) == source.at(offset) && source.isWordScalar(at: offset + 2))
            || (source.at(offset - 1) == source.at(offset) && source.isWordScalar(before: offset - 1))
    }

    /// Whether the line starting at `lineStart` is a heading or a table row.
    private static func keepsBreak(_ text: ScanBytes, lineStart: Int) -> Bool {
        var cursor = lineStart
        while ScanBytes.isSpace(text.at(cursor)) { cursor += 1 }
        let first = text.at(cursor)
        return first == UInt8(ascii: "#") || first == UInt8(ascii: "|")
    }

    /// Whether the line starting at `lineStart` begins a new block: blank, a list item, a heading, a
    /// table row, a quote, a fence, a numbered item or a `key:` line.
    static func startsBlock(_ text: ScanBytes, lineStart: Int) -> Bool {
        var cursor = lineStart
        while ScanBytes.isSpace(text.at(cursor)) || text.at(cursor) == 0x0D { cursor += 1 }
        switch text.at(cursor) {
        case 0x0A, 0, UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "["):
            return true
        default:
            break
        }
        var keyEnd = cursor
        while ScanBytes.isAlphanumeric(text.at(keyEnd)) || text.at(keyEnd) == UInt8(ascii: "_") || text.at(keyEnd) == UInt8(ascii: "-") {
            keyEnd += 1
        }
        if keyEnd > cursor, text.at(keyEnd) == UInt8(ascii: ":"), ScanBytes.isSpace(text.at(keyEnd + 1)) || text.at(keyEnd + 1) == 0x0A {
            return true
        }
        var digitEnd = cursor
        while ScanBytes.isDigit(text.at(digitEnd)) { digitEnd += 1 }
        return digitEnd > cursor && (text.at(digitEnd) == UInt8(ascii: ".") || text.at(digitEnd) == UInt8(ascii: ")"))
            && text.at(digitEnd + 1) == 0x20
    }

    /// A YAML escape at `start` (a backslash): `\uXXXX`, `\UXXXXXXXX`, `\xXX`, `\_` (no-break space), `\t`.
    private static func yamlEscape(in text: ScanBytes, at start: Int) -> (Unicode.Scalar, Int)? {
        let digits: Int
        switch text.at(start + 1) {
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "_"): return ("\u{00A0}", 2)
        case UInt8(ascii: "t"): return (" ", 2)
        default: return nil
        }
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = CharacterReference.hexValue(text.at(start + 2 + offset)) else { return nil }
            value = value << 4 | digit
        }
        return Unicode.Scalar(value).map { ($0, 2 + digits) }
    }
}

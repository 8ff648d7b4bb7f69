/// The text a reader sees, made from the text an author wrote, for the identifier scan: what Word,
/// an editor or a careful evader can put between the characters of a phone number or a name no
/// longer hides it, and every finding is still located in what the author wrote (`SourceMap`).
///
/// - Unicode spaces (no-break, narrow no-break, thin, figure...) and tabs become one space, and runs
///   of spaces one space.
/// - Soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks are dropped.
/// - Character references (`&#64;`, `&#x40;`, `&commat;`, `&nbsp;`) are decoded; in front matter,
///   YAML's escapes (`\u0040`, `\x40`, `\_`) too.
/// - Emphasis, strikethrough and code marks next to a word (`Jayden *Smith*`) and Markdown's
///   backslash escapes are dropped.
/// - A line wrap inside a paragraph becomes a space; a line break before a new block (a blank line,
///   a list item, a heading, a table row, a quote, a `key:` line) and after a heading or table row stays.
/// - Unicode hyphens become `-`, full-width letters and digits plain ASCII.
struct NormalisedText {
    /// Which escapes the source may hold.
    enum Syntax {
        /// Markdown: backslash escapes of punctuation.
        case markdown
        /// YAML front matter or settings: `\uXXXX`, `\xXX` and `\_` in double-quoted text.
        case yaml
    }

    private(set) var bytes: [UInt8] = []
    private(set) var map = SourceMap()

    init(_ source: UnsafeBufferPointer<UInt8>, syntax: Syntax) {
        bytes.reserveCapacity(source.count)
        var reader = NormalisingReader(source: ScanBytes(source), syntax: syntax)
        reader.run(into: &self)
    }

    /// Appends `byte`, copied from source byte `source`.
    @inline(__always)
    mutating func append(_ byte: UInt8, from source: Int) {
        map.copied(at: bytes.count, from: source)
        bytes.append(byte)
    }

    /// Appends `run`, copied from the source bytes starting at `source`.
    mutating func append(_ run: UnsafeBufferPointer<UInt8>, from source: Int) {
        map.copied(at: bytes.count, from: source)
        bytes.append(contentsOf: run)
    }

    /// Appends `scalar`'s UTF-8 bytes, standing for the source bytes `source`.
    mutating func append(_ scalar: Unicode.Scalar, replacing source: Range<Int>) {
        map.replaced(at: bytes.count, source: source)
        bytes.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// Whether the last byte written is a space (or nothing is written yet, or a line break).
    var endsInSpace: Bool {
        guard let last = bytes.last else { return true }
        return last == 0x20 || last == 0x0A
    }
}

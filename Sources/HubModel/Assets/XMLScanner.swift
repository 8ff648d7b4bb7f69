/// The bytes of an XML file read one construct at a time, keeping the line and column for errors:
/// names, quoted attribute values and text with their references decoded, comments, instructions,
/// character data and the document type with its text entities (`XMLEntities`).
struct XMLScanner {
    private let bytes: [UInt8]
    private var offset = 0
    private(set) var line = 1
    private var lineStart = 0
    private var entities = XMLEntities()

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset >= bytes.count }
    /// The column, counted in bytes (one per character in the ASCII that markup is written in).
    var column: Int { offset - lineStart + 1 }

    func problem(_ message: String) -> AssetProblem {
        AssetProblem(message, hint: "open the SVG in a drawing program and save or export it again as plain SVG",
                     line: line, column: column)
    }

    func peek(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[offset + $0] == text.utf8Start[$0] }
    }

    mutating func consume(_ text: StaticString) -> Bool {
        guard peek(text) else { return false }
        advance(text.utf8CodeUnitCount)
        return true
    }

    mutating func advance(_ count: Int) {
        for _ in 0..<count where offset < bytes.count {
            if bytes[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
    }

    mutating func skipByteOrderMark() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3; lineStart = 3 }
    }

    mutating func skipWhitespace() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { advance(1) }
    }

    /// Moves past `terminator`, returning the bytes before it; an error if it never comes.
    mutating func read(until terminator: StaticString, what: String) throws(AssetProblem) -> ArraySlice<UInt8> {
        let start = offset
        while !peek(terminator) {
            guard offset < bytes.count else { throw problem("\(what) is not closed") }
            advance(1)
        }
        let found = bytes[start..<offset]
        advance(terminator.utf8CodeUnitCount)
        return found
    }

    /// An XML name: letters, digits, `_`, `-`, `.`, `:` and any non-ASCII character, not starting with a digit, `-` or `.`.
    mutating func name() throws(AssetProblem) -> String {
        let start = offset
        func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
            byte >= 0x80 || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F || byte == 0x3A
                || (!first && ((0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E))
        }
        while offset < bytes.count, isNameByte(bytes[offset], first: offset == start) { advance(1) }
        guard offset > start else { throw problem("a name was expected here") }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// `name="value"` (or single quotes), the value decoded.
    mutating func attribute() throws(AssetProblem) -> (name: String, value: String) {
        let name = try self.name()
        skipWhitespace()
        guard consume("=") else { throw problem("the attribute '\(name)' has no value") }
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == 0x22 || bytes[offset] == 0x27 else {
            throw problem("the value of '\(name)' is not in quotes")
        }
        let quote = bytes[offset]
        advance(1)
        let start = offset
        while offset < bytes.count, bytes[offset] != quote {
            guard bytes[offset] != 0x3C else { throw problem("the value of '\(name)' contains '<'") }
            advance(1)
        }
        guard offset < bytes.count else { throw problem("the value of '\(name)' is not closed") }
        let raw = bytes[start..<offset]
        advance(1)
        return (name, try decode(raw))
    }

    /// Text up to the next `<`, decoded.
    mutating func text() throws(AssetProblem) -> String {
        let start = offset
        while offset < bytes.count, bytes[offset] != 0x3C { advance(1) }
        return try decode(bytes[start..<offset])
    }

    mutating func characterData() throws(AssetProblem) -> String {
        advance(9)
        return String(decoding: try read(until: "]]>", what: "a CDATA section"), as: UTF8.self)
    }

    mutating func skipComment() throws(AssetProblem) {
        advance(4)
        _ = try read(until: "-->", what: "a comment")
    }

    /// Moves past `<?target ...?>`, returning the target.
    mutating func skipInstruction() throws(AssetProblem) -> String {
        advance(2)
        let target = try name()
        _ = try read(until: "?>", what: "the <?\(target) instruction")
        return target
    }

    /// Moves past `<!DOCTYPE ...>`, reading the text entities of its internal subset.
    mutating func readDoctype() throws(AssetProblem) {
        advance(9)
        while offset < bytes.count, bytes[offset] != 0x5B, bytes[offset] != 0x3E {
            if bytes[offset] == 0x22 || bytes[offset] == 0x27 { _ = try quoted() } else { advance(1) }
        }
        if consume("[") {
            while true {
                skipWhitespace()
                if consume("]") { break }
                if peek("<!--") { try skipComment(); continue }
                guard consume("<!ENTITY") else {
                    throw problem("the SVG's document type declares more than text entities, which is not published")
                }
                try entityDeclaration()
            }
            skipWhitespace()
        }
        guard consume(">") else { throw problem("the document type is not closed") }
    }

    /// `<!ENTITY name "text">` after its keyword: only plain text, so that an entity cannot hold another.
    private mutating func entityDeclaration() throws(AssetProblem) {
        skipWhitespace()
        guard !peek("%") else { throw problem("the SVG declares a parameter entity, which is not published") }
        let name = try self.name()
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == 0x22 || bytes[offset] == 0x27 else {
            throw problem("the entity '\(name)' refers to another file, which is not published")
        }
        let value = try quoted()
        guard !value.contains(where: { $0 == 0x26 || $0 == 0x25 || $0 == 0x3C }) else {
            throw problem("the entity '\(name)' holds markup or other entities, which is not published")
        }
        try entities.declare(name, String(decoding: value, as: UTF8.self), problem: problem("the SVG declares too many or too long entities"))
        skipWhitespace()
        guard consume(">") else { throw problem("the declaration of the entity '\(name)' is not closed") }
    }

    /// A quoted string, without its quotes.
    private mutating func quoted() throws(AssetProblem) -> ArraySlice<UInt8> {
        let quote = bytes[offset]
        advance(1)
        let start = offset
        while offset < bytes.count, bytes[offset] != quote { advance(1) }
        guard offset < bytes.count else { throw problem("a quoted string is not closed") }
        let found = bytes[start..<offset]
        advance(1)
        return found
    }

    private mutating func decode(_ raw: ArraySlice<UInt8>) throws(AssetProblem) -> String {
        do {
            return try entities.decode(raw)
        } catch {
            throw problem(error.message)
        }
    }
}

/// Reads an SVG file into elements, strictly: well-formed XML in UTF-8, entities only the five of
/// XML, character references, and plain text entities declared in the document type (as Illustrator
/// writes them); anything else is an error at its line and column. Comments, processing instructions
/// and the document type are dropped (an `xml-stylesheet` instruction is noted as removed).
struct SVGParser {
    private var scanner: XMLScanner
    /// What was dropped that could fetch or run something, for `SVGSanitizer` to report.
    private(set) var removed: [String] = []
    /// Elements may nest this deep; real drawings need a few dozen levels.
    static let maximumDepth = 256

    init(_ bytes: [UInt8]) {
        scanner = XMLScanner(bytes)
    }

    /// The root element.
    mutating func parse() throws(AssetProblem) -> SVGElement {
        scanner.skipByteOrderMark()
        try skipMisc(allowDoctype: true)
        guard scanner.peek("<") else { throw scanner.problem("the SVG has text before its first element") }
        let root = try element(depth: 0)
        try skipMisc(allowDoctype: false)
        guard scanner.isAtEnd else { throw scanner.problem("the SVG has more after its root element ends") }
        return root
    }

    /// White space, comments, processing instructions and (before the root) the document type.
    private mutating func skipMisc(allowDoctype: Bool) throws(AssetProblem) {
        while true {
            scanner.skipWhitespace()
            if scanner.peek("<!--") {
                try scanner.skipComment()
            } else if scanner.peek("<?") {
                try instruction()
            } else if allowDoctype, scanner.peek("<!DOCTYPE") {
                try scanner.readDoctype()
            } else {
                return
            }
        }
    }

    private mutating func instruction() throws(AssetProblem) {
        let line = scanner.line
        let target = try scanner.skipInstruction()
        if target.lowercased() != "xml" { removed.append("a <?\(target)?> instruction (line \(line))") }
    }

    private mutating func element(depth: Int) throws(AssetProblem) -> SVGElement {
        guard depth < Self.maximumDepth else {
            throw scanner.problem("the SVG's elements are nested more than \(Self.maximumDepth) levels deep")
        }
        let (line, column) = (scanner.line, scanner.column)
        scanner.advance(1)
        var element = SVGElement(name: try scanner.name(), attributes: [], content: [], line: line, column: column)
        while true {
            scanner.skipWhitespace()
            if scanner.consume("/>") { return element }
            if scanner.consume(">") { break }
            let attribute = try scanner.attribute()
            guard !element.attributes.contains(where: { $0.name == attribute.name }) else {
                throw scanner.problem("the attribute '\(attribute.name)' is given twice")
            }
            element.attributes.append(attribute)
        }
        try content(of: &element, depth: depth)
        return element
    }

    private mutating func content(of element: inout SVGElement, depth: Int) throws(AssetProblem) {
        while true {
            if scanner.isAtEnd { throw scanner.problem("the element <\(element.name)> is not closed") }
            if scanner.consume("</") {
                let name = try scanner.name()
                scanner.skipWhitespace()
                guard name == element.name, scanner.consume(">") else {
                    throw scanner.problem("</\(name)> does not close <\(element.name)> (line \(element.line))")
                }
                return
            }
            if scanner.peek("<!--") {
                try scanner.skipComment()
            } else if scanner.peek("<![CDATA[") {
                element.content.append(.text(try scanner.characterData()))
            } else if scanner.peek("<?") {
                try instruction()
            } else if scanner.peek("<") {
                element.content.append(.element(try self.element(depth: depth + 1)))
            } else {
                element.content.append(.text(try scanner.text()))
            }
        }
    }
}

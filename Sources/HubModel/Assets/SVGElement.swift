/// An element of an SVG file as `SVGParser` reads it: its name as written (with any prefix), its
/// attributes in order with their values decoded, and its content.
struct SVGElement: Sendable {
    /// Text, or an element.
    enum Content: Sendable {
        case text(String)
        case element(SVGElement)
    }

    var name: String
    var attributes: [(name: String, value: String)]
    var content: [Content]
    /// Where its start tag is in the file.
    let line: Int
    let column: Int

    /// The name without its prefix (`script` for `svg:script`).
    var localName: Substring { name.split(separator: ":", maxSplits: 1).last ?? Substring(name) }

    /// Whether the name has a namespace prefix.
    var isPrefixed: Bool { name.contains(":") }

    /// The text of its content, elements left out (a style sheet's).
    var text: String {
        content.map { if case .text(let text) = $0 { return text } else { return "" } }.joined()
    }
}

import Foundation

/// Builds the markup of an inline SVG chart: only presentation attributes, never `style`,
/// so the page's Content-Security-Policy (`style-src 'self'`) has nothing to block.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var definitions: [String] = []
    private(set) var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func define(_ definition: String) { definitions.append(definition) }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        var element = "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
        elements.append(element + "/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String) {
        elements.append("<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"1\"/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, fill: String = ChartPalette.ink,
                       size: Int = 14, bold: Bool = false) {
        elements.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\" font-size=\"\(size)\"\(bold ? " font-weight=\"700\"" : "")>\(XMLText.escape(content))</text>")
    }

    /// A number as SVG wants it: at most one decimal, no trailing `.0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// Rough width of `text` at `size` pixels in a system sans-serif font.
    static func textWidth(_ text: String, size: Int = 14) -> Double {
        Double(text.count) * Double(size) * 0.62
    }

    /// The `<svg>` element, named by `labelledBy` (a heading) and described by a `<desc>`.
    func markup(id: String, labelledBy: String, title: String, description: String) -> String {
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\" aria-labelledby=\"\(labelledBy)\" aria-describedby=\"\(id)-desc\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\">",
                     "<title>\(XMLText.escape(title))</title>",
                     "<desc id=\"\(id)-desc\">\(XMLText.escape(description))</desc>"]
        if !definitions.isEmpty { parts.append("<defs>" + definitions.joined() + "</defs>") }
        parts += elements
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}

import Foundation

/// Builds the markup of an inline SVG chart: only presentation attributes, never `style`,
/// so the page's Content-Security-Policy (`style-src 'self'`) has nothing to block. Every element
/// has a class that says what it is (text, mark, grid line, ...), which the stylesheet turns into
/// system colours under forced colours (Windows high contrast), where the fixed colours would vanish.
struct SVGCanvas {
    /// The width of a chart's drawing, in its own units: a chart this wide scales to the page (a phone's
    /// width shows its 14-unit text at about 12 pixels); a wider one keeps its size and scrolls.
    static let width = 360.0

    let width: Double
    let height: Double
    private(set) var definitions: [String] = []
    private(set) var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func define(_ definition: String) { definitions.append(definition) }

    /// A rectangle of class `kind`: a series' mark (`chart-mark`), a value's chip, a heat-map cell.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
                       kind: String) {
        var element = "<rect class=\"\(kind)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
        elements.append(element + "/>")
    }

    /// A line: an axis (`chart-axis`) or a grid line (`chart-grid`).
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, kind: String) {
        elements.append("<line class=\"\(kind)\" x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"1\"/>")
    }

    enum Anchor: String { case start, middle, end }

    /// Text, of class `chart-text` unless `kind` says otherwise (`chart-chip-text`, on a chip).
    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, fill: String = ChartPalette.ink,
                       size: Int = 14, bold: Bool = false, kind: String = "chart-text") {
        elements.append("<text class=\"\(kind)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\" font-size=\"\(size)\"\(bold ? " font-weight=\"700\"" : "")>\(XMLText.escape(content))</text>")
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

    /// The `<svg>` element, named by `labelledBy` (a heading) and described by a `<desc>`. A chart of
    /// `SVGCanvas.width` scales to the width of the page (`width="100%"` and its viewBox); a wider one
    /// keeps its own size (`chart-svg--wide`).
    func markup(id: String, labelledBy: String, title: String, description: String) -> String {
        let isWide = width > Self.width
        let size = isWide ? "class=\"chart-svg chart-svg--wide\" width=\"\(Self.number(width))\""
            : "class=\"chart-svg\" width=\"100%\""
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" aria-labelledby=\"\(labelledBy)\" aria-describedby=\"\(id)-desc\">",
                     "<title>\(XMLText.escape(title))</title>",
                     "<desc id=\"\(id)-desc\">\(XMLText.escape(description))</desc>"]
        if !definitions.isEmpty { parts.append("<defs>" + definitions.joined() + "</defs>") }
        parts += elements
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}

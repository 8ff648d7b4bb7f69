import Foundation

/// A stacked bar chart drawn as inline SVG: one bar per category (a year, a theme, a
/// recommendation category), one segment per series, each segment textured and numbered,
/// and each bar's total written beside it.
public struct StackedBarChart: Sendable {
    public enum Orientation: Sendable { case vertical, horizontal }

    /// Prefix of the ids inside the SVG (patterns, description); unique on the page.
    public let id: String
    /// The id of the heading that names the chart.
    public let labelledBy: String
    public let title: String
    /// The text alternative: what the chart shows, in words.
    public let description: String
    public let orientation: Orientation
    public let categories: [String]
    public let series: [ChartSeries]
    /// `values[category][series]`.
    public let values: [[Int]]

    public init(id: String, labelledBy: String, title: String, description: String, orientation: Orientation,
                categories: [String], series: [ChartSeries], values: [[Int]]) {
        self.id = id
        self.labelledBy = labelledBy
        self.title = title
        self.description = description
        self.orientation = orientation
        self.categories = categories
        self.series = series
        self.values = values
    }

    /// The chart's `<svg>` markup, `SVGCanvas.width` wide so that it scales to a phone's width. A
    /// vertical chart with more categories than fit side by side at that width is drawn with
    /// horizontal bars, one under another.
    public var svg: String {
        let maxTotal = values.map { $0.reduce(0, +) }.max() ?? 0
        let canvas = orientation == .vertical && categories.count <= Self.mostColumns
            ? vertical(maxTotal: maxTotal) : horizontal(maxTotal: maxTotal)
        return canvas.markup(id: id, labelledBy: labelledBy, title: title, description: description)
    }

    // MARK: Layouts

    private static let legendRow = 24.0
    /// The most bars that stand side by side, each wide enough for its label.
    static let mostColumns = 8

    private func vertical(maxTotal: Int) -> SVGCanvas {
        let width = SVGCanvas.width, axis = 40.0, plot = 200.0
        let slot = (width - axis - 8) / Double(max(1, categories.count))
        let barWidth = min(48, slot * 0.66)
        let legend = legendLayout(width: width)
        let top = legend.height + 28
        var canvas = SVGCanvas(width: width, height: top + plot + 36)
        drawLegend(legend, on: &canvas)
        let scale = Self.niceScale(maxTotal)
        let base = top + plot
        for tick in stride(from: 0, through: scale.max, by: scale.step) {
            let y = base - plot * Double(tick) / Double(scale.max)
            canvas.line(x1: axis, y1: y, x2: width - 8, y2: y, stroke: ChartPalette.grid, kind: "chart-grid")
            canvas.text(String(tick), x: axis - 6, y: y + 4, anchor: .end, fill: ChartPalette.muted, size: 12)
        }
        for (offset, category) in categories.enumerated() {
            let x = axis + slot * Double(offset) + (slot - barWidth) / 2
            var y = base
            for (index, value) in values[offset].enumerated() where value > 0 {
                let height = plot * Double(value) / Double(scale.max)
                y -= height
                segment(on: &canvas, series: index, x: x, y: y, width: barWidth, height: height, value: value, vertical: true)
            }
            let total = values[offset].reduce(0, +)
            canvas.text(String(total), x: x + barWidth / 2, y: y - 6, anchor: .middle, bold: true)
            canvas.text(category, x: x + barWidth / 2, y: base + 20, anchor: .middle)
        }
        canvas.line(x1: axis, y1: base, x2: width - 8, y2: base, stroke: ChartPalette.ink, kind: "chart-axis")
        return canvas
    }

    /// One bar a row: its label before it when the labels are short, above it when they are not.
    private func horizontal(maxTotal: Int) -> SVGCanvas {
        let width = SVGCanvas.width
        let labels = categories.map(Self.shorten)
        let longest = labels.map { SVGCanvas.textWidth($0) }.max() ?? 0
        let labelsBeside = longest + 12 <= 110
        let labelWidth = labelsBeside ? longest + 12 : 8
        let totalWidth = SVGCanvas.textWidth(String(maxTotal)) + 12
        let area = width - labelWidth - totalWidth - 8, bar = 22.0
        let row = labelsBeside ? 30.0 : 48.0, barOffset = labelsBeside ? 4.0 : 22.0
        let legend = legendLayout(width: width)
        let top = legend.height + 8
        var canvas = SVGCanvas(width: width, height: top + row * Double(categories.count) + 4)
        drawLegend(legend, on: &canvas)
        let unit = maxTotal == 0 ? 0 : area / Double(maxTotal)
        for (offset, label) in labels.enumerated() {
            let rowTop = top + row * Double(offset), y = rowTop + barOffset
            if labelsBeside {
                canvas.text(label, x: labelWidth - 8, y: y + bar / 2 + 5, anchor: .end)
            } else {
                canvas.text(label, x: labelWidth, y: rowTop + 16)
            }
            var x = labelWidth
            for (index, value) in values[offset].enumerated() where value > 0 {
                let width = unit * Double(value)
                segment(on: &canvas, series: index, x: x, y: y, width: width, height: bar, value: value, vertical: false)
                x += width
            }
            canvas.text(String(values[offset].reduce(0, +)), x: x + 6, y: y + bar / 2 + 5, bold: true)
        }
        // The axis, where the labels do not sit on it.
        if labelsBeside {
            canvas.line(x1: labelWidth, y1: top, x2: labelWidth, y2: top + row * Double(categories.count), stroke: ChartPalette.ink,
                        kind: "chart-axis")
        }
        return canvas
    }

    /// One segment, a 2-pixel gap from its neighbour, with its value on a solid chip when it fits.
    private func segment(on canvas: inout SVGCanvas, series index: Int, x: Double, y: Double, width: Double, height: Double,
                         value: Int, vertical: Bool) {
        let item = series[index]
        let gap = vertical ? min(2, height / 2) : min(2, width / 2)
        let rectWidth = vertical ? width : width - gap, rectHeight = vertical ? height - gap : height
        canvas.rect(x: x, y: vertical ? y + gap : y, width: max(0, rectWidth), height: max(0, rectHeight),
                    fill: fill(index), stroke: item.colour, kind: markKind(index))
        let label = String(value)
        let chipWidth = SVGCanvas.textWidth(label, size: 13) + 8, chipHeight = 18.0
        guard series.count > 1, rectWidth >= chipWidth + 2, rectHeight >= chipHeight + 2 else { return }
        let centreX = x + rectWidth / 2, centreY = (vertical ? y + gap : y) + rectHeight / 2
        canvas.rect(x: centreX - chipWidth / 2, y: centreY - chipHeight / 2, width: chipWidth, height: chipHeight, fill: item.colour,
                    kind: "chart-chip")
        canvas.text(label, x: centreX, y: centreY + 5, anchor: .middle, fill: ChartPalette.background, size: 13, bold: true,
                    kind: "chart-chip-text")
    }

    /// The class of series `index`'s marks: a solid one is filled with the text colour under forced colours.
    private func markKind(_ index: Int) -> String {
        series[index].pattern == .solid ? "chart-mark chart-mark--solid" : "chart-mark"
    }

    private func fill(_ index: Int) -> String {
        let item = series[index]
        return item.pattern == .solid ? item.colour : "url(#\(id)-p\(index))"
    }

    // MARK: Legend

    private struct LegendLayout {
        var items: [(x: Double, y: Double, index: Int)] = []
        var height = 0.0
    }

    private func legendLayout(width: Double) -> LegendLayout {
        var layout = LegendLayout()
        guard series.count > 1 else { return layout }
        var x = 8.0, y = 4.0
        for (index, item) in series.enumerated() {
            let itemWidth = 24 + SVGCanvas.textWidth(item.label) + 20
            if x > 8 && x + itemWidth > width - 8 { x = 8; y += Self.legendRow }
            layout.items.append((x, y, index))
            x += itemWidth
        }
        layout.height = y + Self.legendRow + 4
        return layout
    }

    private func drawLegend(_ layout: LegendLayout, on canvas: inout SVGCanvas) {
        for (index, item) in series.enumerated() {
            if let definition = item.pattern.definition(id: "\(id)-p\(index)", colour: item.colour) { canvas.define(definition) }
        }
        for entry in layout.items {
            canvas.rect(x: entry.x, y: entry.y, width: 16, height: 16, fill: fill(entry.index), stroke: series[entry.index].colour,
                        kind: markKind(entry.index))
            canvas.text(series[entry.index].label, x: entry.x + 22, y: entry.y + 13)
        }
    }

    // MARK: Scale and labels

    /// A round maximum for the value axis and a step that gives at most five intervals.
    static func niceScale(_ maximum: Int) -> (max: Int, step: Int) {
        guard maximum > 0 else { return (1, 1) }
        var magnitude = 1
        while magnitude * 10 <= maximum { magnitude *= 10 }
        for multiple in [1, 2, 5, 10] {
            let step = max(1, multiple * magnitude / 5)
            let top = Int((Double(maximum) / Double(step)).rounded(.up)) * step
            if top / step <= 5 { return (top, step) }
        }
        return (maximum, maximum)
    }

    /// Long labels are cut to fit the chart's width; the table below has them in full.
    static func shorten(_ label: String) -> String {
        label.count <= 38 ? label : String(label.prefix(37)) + "…"
    }
}

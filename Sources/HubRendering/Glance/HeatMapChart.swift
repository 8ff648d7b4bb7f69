/// A grid of rows (learning themes) by columns (years) drawn as inline SVG, each cell shaded
/// by its count and with the count written in it, so the shade is never the only cue.
public struct HeatMapChart: Sendable {
    public let id: String
    public let labelledBy: String
    public let title: String
    public let description: String
    public let rows: [String]
    public let columns: [String]
    /// `values[row][column]`.
    public let values: [[Int]]

    public init(id: String, labelledBy: String, title: String, description: String, rows: [String], columns: [String],
                values: [[Int]]) {
        self.id = id
        self.labelledBy = labelledBy
        self.title = title
        self.description = description
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The shade (an index into `ChartPalette.heat`) of a count, given the largest count.
    static func level(_ count: Int, maximum: Int) -> Int {
        guard count > 0, maximum > 0 else { return 0 }
        let steps = ChartPalette.heat.count - 1
        return min(steps, max(1, Int((Double(count) / Double(maximum) * Double(steps)).rounded(.up))))
    }

    /// The grid: each row's label above its cells, so that the cells take the chart's whole width
    /// (`SVGCanvas.width`, which scales to a phone's). With more columns than fit, the cells keep a
    /// legible size and the chart scrolls sideways within its region.
    public var svg: String {
        let maximum = values.flatMap { $0 }.max() ?? 0
        let digits = Double(String(maximum).count)
        let columnWidth = max(24, digits * 7.5 + 8, (SVGCanvas.width - 8) / Double(max(1, columns.count)))
        // Years as "’24" when the full year would crowd its column.
        let headers = columns.map { label in
            SVGCanvas.textWidth(label, size: 12) + 4 > columnWidth && label.count == 4 && Int(label) != nil ? "’" + label.suffix(2) : label
        }
        let header = 22.0, labelHeight = 20.0, cellHeight = 28.0, row = labelHeight + cellHeight + 6
        let width = max(SVGCanvas.width, 8 + columnWidth * Double(columns.count))
        var canvas = SVGCanvas(width: width, height: header + row * Double(rows.count))
        for (column, label) in headers.enumerated() {
            canvas.text(label, x: 4 + columnWidth * (Double(column) + 0.5), y: header - 8, anchor: .middle, size: 12, bold: true)
        }
        for (offset, label) in rows.map(StackedBarChart.shorten).enumerated() {
            let top = header + row * Double(offset)
            canvas.text(label, x: 4, y: top + labelHeight - 5)
            let y = top + labelHeight
            for column in columns.indices {
                let count = values[offset][column]
                let shade = ChartPalette.heat[Self.level(count, maximum: maximum)]
                let x = 4 + columnWidth * Double(column)
                canvas.rect(x: x + 1, y: y + 1, width: columnWidth - 2, height: cellHeight - 2, fill: shade.fill,
                            stroke: count == 0 ? ChartPalette.grid : nil, kind: "chart-cell")
                canvas.text(String(count), x: x + columnWidth / 2, y: y + cellHeight / 2 + 5, anchor: .middle, fill: shade.text,
                            size: 13, bold: count > 0)
            }
        }
        return canvas.markup(id: id, labelledBy: labelledBy, title: title, description: description)
    }
}

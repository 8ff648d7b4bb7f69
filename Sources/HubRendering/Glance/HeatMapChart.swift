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

    public var svg: String {
        let labels = rows.map(StackedBarChart.shorten)
        let labelWidth = min(320, max(80, (labels.map { SVGCanvas.textWidth($0) }.max() ?? 0) + 24))
        let cellWidth = 52.0, cellHeight = 30.0, header = 28.0
        let width = labelWidth + cellWidth * Double(columns.count) + 8
        var canvas = SVGCanvas(width: width, height: header + cellHeight * Double(rows.count) + 8)
        let maximum = values.flatMap { $0 }.max() ?? 0
        for (column, label) in columns.enumerated() {
            canvas.text(label, x: labelWidth + cellWidth * (Double(column) + 0.5), y: header - 10, anchor: .middle, bold: true)
        }
        for (row, label) in labels.enumerated() {
            let y = header + cellHeight * Double(row)
            canvas.text(label, x: labelWidth - 10, y: y + cellHeight / 2 + 5, anchor: .end)
            for column in columns.indices {
                let count = values[row][column]
                let shade = ChartPalette.heat[Self.level(count, maximum: maximum)]
                let x = labelWidth + cellWidth * Double(column)
                canvas.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: shade.fill,
                            stroke: count == 0 ? ChartPalette.grid : nil)
                canvas.text(String(count), x: x + cellWidth / 2, y: y + cellHeight / 2 + 5, anchor: .middle, fill: shade.text,
                            bold: count > 0)
            }
        }
        return canvas.markup(id: id, labelledBy: labelledBy, title: title, description: description)
    }
}

/// One row of a chart's data table: its header cell and its values.
public final class ChartTableRowView: Encodable, Sendable {
    public let header: String
    public let cells: [String]

    public init(header: String, cells: [String]) {
        self.header = header
        self.cells = cells
    }
}

/// One row of a chart's data table: its header cell and its values.
public struct ChartTableRowView: Encodable, Sendable {
    public let header: String
    public let cells: [String]
}

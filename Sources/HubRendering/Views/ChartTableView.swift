/// The figures of a chart as a table, shown beneath it.
public struct ChartTableView: Encodable, Sendable {
    public let caption: String
    /// The heading of the first column (the row headers), e.g. "Year".
    public let rowHeader: String
    public let columns: [String]
    public let rows: [ChartTableRowView]
    /// A totals row, if the table has one.
    public let footer: ChartTableRowView?
}

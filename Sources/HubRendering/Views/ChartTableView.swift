/// The figures of a chart as a table, shown beneath it.
public final class ChartTableView: Encodable, Sendable {
    public let caption: String
    /// The heading of the first column (the row headers), e.g. "Year".
    public let rowHeader: String
    public let columns: [String]
    public let rows: [ChartTableRowView]
    /// A totals row, if the table has one.
    public let footer: ChartTableRowView?

    public init(caption: String, rowHeader: String, columns: [String], rows: [ChartTableRowView],
                footer: ChartTableRowView?) {
        self.caption = caption
        self.rowHeader = rowHeader
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }
}

extension ChartTableView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<ChartTableView>(
        .field("caption") { $0.caption },
        .field("rowHeader") { $0.rowHeader },
        .field("columns") { $0.columns },
        .field("rows") { $0.rows },
        .field("footer") { $0.footer }
    )
}

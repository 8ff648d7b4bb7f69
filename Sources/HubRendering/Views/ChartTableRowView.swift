/// One row of a chart's data table: its header cell and its values.
public final class ChartTableRowView: Encodable, Sendable {
    public let header: String
    public let cells: [String]

    public init(header: String, cells: [String]) {
        self.header = header
        self.cells = cells
    }
}

extension ChartTableRowView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<ChartTableRowView>(
        .field("header") { $0.header },
        .field("cells") { $0.cells }
    )
}

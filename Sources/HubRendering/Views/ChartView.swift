/// One chart of the "Learning at a glance" page: heading, a sentence, the SVG and its table.
public final class ChartView: Encodable, Sendable {
    /// The section's id (also the anchor of the page's contents list).
    public let id: String
    /// The id of the heading that names the chart.
    public let headingID: String
    public let heading: String
    public let intro: String
    /// Inline SVG made by the generator; empty when there is nothing to draw.
    public let svg: String
    public let hasData: Bool
    public let table: ChartTableView

    public init(id: String, headingID: String, heading: String, intro: String, svg: String, hasData: Bool,
                table: ChartTableView) {
        self.id = id
        self.headingID = headingID
        self.heading = heading
        self.intro = intro
        self.svg = svg
        self.hasData = hasData
        self.table = table
    }
}

extension ChartView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<ChartView>(
        .field("id") { $0.id },
        .field("headingID") { $0.headingID },
        .field("heading") { $0.heading },
        .field("intro") { $0.intro },
        .field("svg") { $0.svg },
        .field("hasData") { $0.hasData },
        .field("table") { $0.table }
    )
}

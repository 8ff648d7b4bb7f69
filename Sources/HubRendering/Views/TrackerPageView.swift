/// The recommendations tracker: every recommendation of every review in one table,
/// which `tracker.js` can filter by status, learning theme and overdue.
public final class TrackerPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let intro: String
    /// e.g. "23 recommendations from 5 reviews".
    public let totalLabel: String
    public let total: Int
    public let hasRows: Bool
    public let statusOptions: [FilterOptionView]
    public let themeOptions: [FilterOptionView]
    public let overdueCount: Int
    public let rows: [TrackerRowView]

    public init(layout: LayoutView, intro: String, totalLabel: String, total: Int, hasRows: Bool,
                statusOptions: [FilterOptionView], themeOptions: [FilterOptionView], overdueCount: Int,
                rows: [TrackerRowView]) {
        self.layout = layout
        self.intro = intro
        self.totalLabel = totalLabel
        self.total = total
        self.hasRows = hasRows
        self.statusOptions = statusOptions
        self.themeOptions = themeOptions
        self.overdueCount = overdueCount
        self.rows = rows
    }
}

extension TrackerPageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<TrackerPageView>(
        .field("layout") { $0.layout },
        .field("intro") { $0.intro },
        .field("totalLabel") { $0.totalLabel },
        .field("total") { $0.total },
        .field("hasRows") { $0.hasRows },
        .field("statusOptions") { $0.statusOptions },
        .field("themeOptions") { $0.themeOptions },
        .field("overdueCount") { $0.overdueCount },
        .field("rows") { $0.rows }
    )
}

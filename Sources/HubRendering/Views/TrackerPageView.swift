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

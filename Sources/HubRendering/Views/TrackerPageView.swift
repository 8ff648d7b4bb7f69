/// The recommendations tracker: every recommendation of every review in one table,
/// which `tracker.js` can filter by status, learning theme and overdue.
public struct TrackerPageView: Encodable, Sendable {
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
}

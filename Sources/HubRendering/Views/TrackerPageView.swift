/// One page of the recommendations tracker: every recommendation of every review, a page of rows at
/// a time, which `tracker.js` can filter by status, learning theme and overdue across all pages.
public final class TrackerPageView: Encodable, Sendable {
    public let layout: LayoutView
    /// What the tracker is, on its first page only.
    public let intro: String?
    /// e.g. "23 recommendations from 5 reviews".
    public let totalLabel: String
    public let total: Int
    public let hasRows: Bool
    public let statusOptions: [FilterOptionView]
    public let themeOptions: [FilterOptionView]
    public let overdueCount: Int
    /// The rows of this page.
    public let rows: [TrackerRowView]
    public let pagination: PaginationView
    /// The folder of the data `tracker.js` filters and renders rows from (`recommendations/data/`), relative to the page.
    public let dataHref: String

    public init(layout: LayoutView, intro: String?, totalLabel: String, total: Int, hasRows: Bool,
                statusOptions: [FilterOptionView], themeOptions: [FilterOptionView], overdueCount: Int,
                rows: [TrackerRowView], pagination: PaginationView, dataHref: String) {
        self.layout = layout
        self.intro = intro
        self.totalLabel = totalLabel
        self.total = total
        self.hasRows = hasRows
        self.statusOptions = statusOptions
        self.themeOptions = themeOptions
        self.overdueCount = overdueCount
        self.rows = rows
        self.pagination = pagination
        self.dataHref = dataHref
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
        .field("rows") { $0.rows },
        .field("pagination") { $0.pagination },
        .field("dataHref") { $0.dataHref }
    )
}

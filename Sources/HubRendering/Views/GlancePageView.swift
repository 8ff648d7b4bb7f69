/// "Learning at a glance": charts of the learning by year, theme and recommendation, each with its table,
/// and the overdue recommendations.
public final class GlancePageView: Encodable, Sendable {
    public let layout: LayoutView
    public let lede: String
    /// Links to the page's sections.
    public let contents: [LinkView]
    public let charts: [ChartView]
    public let overdueCount: Int
    /// e.g. "3 recommendations are overdue".
    public let overdueLabel: String
    public let hasOverdue: Bool
    /// The longest overdue, at most `GlancePage.overdueShown` of them.
    public let overdue: [TrackerRowView]
    /// Says that only the longest overdue are listed, when there are more; nil otherwise.
    public let overdueShownLabel: String?
    public let trackerHref: String
    /// The tracker filtered to overdue recommendations.
    public let overdueTrackerHref: String

    public init(layout: LayoutView, lede: String, contents: [LinkView], charts: [ChartView], overdueCount: Int,
                overdueLabel: String, hasOverdue: Bool, overdue: [TrackerRowView], overdueShownLabel: String?, trackerHref: String,
                overdueTrackerHref: String) {
        self.layout = layout
        self.lede = lede
        self.contents = contents
        self.charts = charts
        self.overdueCount = overdueCount
        self.overdueLabel = overdueLabel
        self.hasOverdue = hasOverdue
        self.overdue = overdue
        self.overdueShownLabel = overdueShownLabel
        self.trackerHref = trackerHref
        self.overdueTrackerHref = overdueTrackerHref
    }
}

extension GlancePageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<GlancePageView>(
        .field("layout") { $0.layout },
        .field("lede") { $0.lede },
        .field("contents") { $0.contents },
        .field("charts") { $0.charts },
        .field("overdueCount") { $0.overdueCount },
        .field("overdueLabel") { $0.overdueLabel },
        .field("hasOverdue") { $0.hasOverdue },
        .field("overdue") { $0.overdue },
        .field("overdueShownLabel") { $0.overdueShownLabel },
        .field("trackerHref") { $0.trackerHref },
        .field("overdueTrackerHref") { $0.overdueTrackerHref }
    )
}

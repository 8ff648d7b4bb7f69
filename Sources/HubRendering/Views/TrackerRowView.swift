/// A row of the recommendations tracker: one recommendation, its review and its progress.
public struct TrackerRowView: Encodable, Sendable {
    public let reviewHref: String
    public let reviewTitle: String
    /// The link to the recommendations table of the review page.
    public let recommendationsHref: String
    public let id: String
    public let text: String
    public let target: String
    public let category: String
    public let owner: String?
    public let dueISO: String?
    public let dueLong: String?
    public let status: String
    /// `not-started`, `in-progress` or `complete`, for styling and filtering; the text always says the status too.
    public let statusID: String
    public let isOverdue: Bool
    /// The review's learning-theme ids, space-separated, for the filters.
    public let themeIDs: String
    /// The review's learning themes, comma-separated, for reading.
    public let themeNames: String
}

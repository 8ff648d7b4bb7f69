/// What the loader should publish.
public struct LoadOptions: Sendable {
    /// Include drafts (for a local preview); they are marked as drafts on their pages.
    public var includeDrafts: Bool
    /// The date embargoes and withdrawals are judged against.
    public var today: CalendarDate

    public init(includeDrafts: Bool = false, today: CalendarDate = .today()) {
        self.includeDrafts = includeDrafts
        self.today = today
    }
}

import HubAnonymisation

/// What the loader should publish.
public struct LoadOptions: Sendable {
    /// Include drafts (for a local preview); they are marked as drafts on their pages.
    public var includeDrafts: Bool
    /// The date embargoes and withdrawals are judged against.
    public var today: CalendarDate
    /// Private names to look for in every published document, from `--denylist FILE`.
    public var denylist: Denylist
    /// Whether a problem found in a document that will not be published (a draft, an embargoed
    /// document) is an error, as `check` reports it, or a warning, as `build` does: a draft being
    /// written must not stop the rest of the hub being published.
    public var unpublishedProblemsAreErrors = false
    /// Told as each document is parsed, for a progress display.
    public var progress: BuildProgress?

    public init(includeDrafts: Bool = false, today: CalendarDate = .today(), denylist: Denylist = Denylist(names: [])) {
        self.includeDrafts = includeDrafts
        self.today = today
        self.denylist = denylist
    }
}

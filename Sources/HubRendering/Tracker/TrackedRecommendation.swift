import HubModel

/// One recommendation of a published review, with where it comes from and whether it is overdue.
public struct TrackedRecommendation: Sendable, Hashable {
    /// The review's position in `Hub.documents`.
    public let reviewIndex: Int
    public let recommendation: Recommendation
    /// Past its due date on the hub's `today` and not complete.
    public let isOverdue: Bool
}

/// The fields only a review has.
public struct ReviewDetails: Sendable, Codable, Hashable {
    public let reviewType: ReviewType
    public let ageBand: AgeBand?
    public let outcome: ReviewOutcome?
    public let methodology: String?
    /// Path under the content folder of the full report (e.g. `assets/child-a.pdf`).
    public let reportAsset: String?
    public let recommendations: [Recommendation]

    public init(reviewType: ReviewType, ageBand: AgeBand?, outcome: ReviewOutcome?, methodology: String?,
                reportAsset: String?, recommendations: [Recommendation]) {
        self.reviewType = reviewType
        self.ageBand = ageBand
        self.outcome = outcome
        self.methodology = methodology
        self.reportAsset = reportAsset
        self.recommendations = recommendations
    }
}

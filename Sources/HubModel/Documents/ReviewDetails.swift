/// The fields only a review has.
public struct ReviewDetails: Sendable, Codable, Hashable {
    public let reviewType: ReviewType
    /// Who the review is about: as written, or as the review type or the hub's scope settles it.
    public let subject: ReviewSubject
    public let ageBand: AgeBand?
    public let outcome: ReviewOutcome?
    /// With `outcome: harm-to-others`, the kind of incident, where the review records it.
    public let incident: IncidentCategory?
    public let methodology: String?
    /// Path under the content folder of the full report (e.g. `assets/child-a.pdf`).
    public let reportAsset: String?
    public let recommendations: [Recommendation]

    public init(reviewType: ReviewType, subject: ReviewSubject, ageBand: AgeBand?, outcome: ReviewOutcome?,
                incident: IncidentCategory?, methodology: String?, reportAsset: String?, recommendations: [Recommendation]) {
        self.reviewType = reviewType
        self.subject = subject
        self.ageBand = ageBand
        self.outcome = outcome
        self.incident = incident
        self.methodology = methodology
        self.reportAsset = reportAsset
        self.recommendations = recommendations
    }
}

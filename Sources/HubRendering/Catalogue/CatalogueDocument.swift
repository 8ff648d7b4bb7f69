import HubSupport
/// The record of one review, learning brief or seven-minute briefing.
///
/// Every key is always written; a value the document does not have is `null` (or `[]` for lists).
/// A withdrawn document keeps its record, with `status` "withdrawn" and no report link.
public struct CatalogueDocument: Codable, Sendable, Equatable {
    /// Stable id: the page's path without its final `/`, e.g. `reviews/child-a`.
    public let id: String
    public let slug: String
    /// `review`, `brief` or `briefing`.
    public let type: String
    /// Absolute URL of the page.
    public let url: String
    public let title: String
    public let summary: String
    /// `YYYY-MM-DD`.
    public let published: String
    public let updated: String?
    /// Learning-theme ids, in the author's order.
    public let themes: [String]
    public let committee: String?
    public let audience: [String]
    /// Reviews only: the content model's review type, age band, outcome and methodology.
    public let reviewType: String?
    public let ageBand: String?
    public let outcome: String?
    public let methodology: String?
    /// Reviews only: who the review is about (`child`, `young-person`, `adult` or `family`) and, for harm
    /// caused to others, the kind of incident (added in 1.1).
    public let subject: String?
    public let incident: String?
    /// Absolute URL of the full report, while it is published.
    public let report: String?
    /// `published` or `withdrawn`.
    public let status: String
    public let recommendations: [CatalogueRecommendation]
    /// For a brief or briefing: the id of the (first) review it draws on.
    public let sourceReview: String?
    /// For a brief or briefing, the ids of every review it draws on; for a thematic review or national
    /// overview report, of the reviews it draws on (added in 1.1).
    public let sourceReviews: [String]
    /// For a review: the ids of the briefs, briefings and overview reports drawn from it.
    public let derivedLearning: [String]

    enum CodingKeys: String, CodingKey {
        case id, slug, type, url, title, summary, published, updated, themes, committee, audience
        case reviewType = "review_type"
        case ageBand = "age_band"
        case outcome, methodology, subject, incident, report, status, recommendations
        case sourceReview = "source_review"
        case sourceReviews = "source_reviews"
        case derivedLearning = "derived_learning"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(slug, forKey: .slug)
        try container.encode(type, forKey: .type)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        try container.encode(published, forKey: .published)
        try container.encode(updated, forKey: .updated)
        try container.encode(themes, forKey: .themes)
        try container.encode(committee, forKey: .committee)
        try container.encode(audience, forKey: .audience)
        try container.encode(reviewType, forKey: .reviewType)
        try container.encode(ageBand, forKey: .ageBand)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(methodology, forKey: .methodology)
        try container.encode(subject, forKey: .subject)
        try container.encode(incident, forKey: .incident)
        try container.encode(report, forKey: .report)
        try container.encode(status, forKey: .status)
        try container.encode(recommendations, forKey: .recommendations)
        try container.encode(sourceReview, forKey: .sourceReview)
        try container.encode(sourceReviews, forKey: .sourceReviews)
        try container.encode(derivedLearning, forKey: .derivedLearning)
    }

    /// Writes the document as `JSONEncoder` (sorted keys) encodes it: absent values as `null`.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.member("age_band", ageBand)
        json.member("audience", audience)
        json.member("committee", committee)
        json.member("derived_learning", derivedLearning)
        json.member("id", id)
        json.member("incident", incident)
        json.member("methodology", methodology)
        json.member("outcome", outcome)
        json.member("published", published)
        json.member("recommendations", recommendations) { $0.write(to: &$1) }
        json.member("report", report)
        json.member("review_type", reviewType)
        json.member("slug", slug)
        json.member("source_review", sourceReview)
        json.member("source_reviews", sourceReviews)
        json.member("status", status)
        json.member("subject", subject)
        json.member("summary", summary)
        json.member("themes", themes)
        json.member("title", title)
        json.member("type", type)
        json.member("updated", updated)
        json.member("url", url)
        json.endObject()
    }
}

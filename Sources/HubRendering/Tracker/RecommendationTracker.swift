import HubModel

/// Every recommendation of every published (or withdrawn) review of a hub.
public enum RecommendationTracker {
    /// The recommendations, reviews newest first and each review's in the order it gives them.
    /// Drafts shown in a preview are left out.
    public static func entries(in hub: Hub) -> [TrackedRecommendation] {
        (hub.documentsByKind[.review] ?? []).flatMap { index -> [TrackedRecommendation] in
            guard hub.isPublic(index) else { return [] }
            let review = hub.documents[index]
            return (review.review?.recommendations ?? []).map {
                TrackedRecommendation(reviewIndex: index, recommendation: $0, isOverdue: $0.isOverdue(on: hub.today))
            }
        }
    }
}

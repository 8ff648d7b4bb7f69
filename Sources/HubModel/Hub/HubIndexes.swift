/// The hub's indexes of its documents (by position in the hub's order), made in one pass.
struct HubIndexes {
    var byKind: [DocumentKind: [Int]] = [:]
    var byCommittee: [String: [Int]] = [:]
    var byReviewType: [ReviewType: [Int]] = [:]
    var byYear: [Int: [Int]] = [:]
    var themes: ThemeTally
    /// For a review: the briefs, briefings and overview reports drawn from it.
    var derivedLearning: [Int: [Int]] = [:]
    /// For a brief, briefing or overview report: the reviews it draws on, in the order listed.
    var sourceReviews: [Int: [Int]] = [:]

    init(documents: [Document], declaredThemes: [String]) {
        themes = ThemeTally(declared: declaredThemes)
        var reviewBySlug: [String: Int] = [:]
        for (index, document) in documents.enumerated() {
            byKind[document.kind, default: []].append(index)
            if document.kind == .review { reviewBySlug[document.slug] = index }
            guard document.kind.carriesLearning else { continue }
            themes.add(index, themes: document.learningThemeIDs)
            if let committee = document.committeeID { byCommittee[committee, default: []].append(index) }
            if let type = document.review?.reviewType { byReviewType[type, default: []].append(index) }
            if let year = document.year { byYear[year, default: []].append(index) }
        }
        for (index, document) in documents.enumerated() {
            for slug in document.sourceReviewSlugs {
                guard let review = reviewBySlug[slug], review != index else { continue }
                derivedLearning[review, default: []].append(index)
                sourceReviews[index, default: []].append(review)
            }
        }
    }
}

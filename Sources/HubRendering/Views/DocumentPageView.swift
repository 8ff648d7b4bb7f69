/// A review, learning brief, seven-minute briefing or free page.
public final class DocumentPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let header: DocumentHeaderView
    /// Reviews only: what the review describes, worded from its subject and outcome
    /// ("this review describes the death of an adult").
    public let contentWarning: String?
    /// The rendered Markdown (safe HTML); empty when the text is withdrawn.
    public let bodyHTML: String
    /// Briefings only: the seven sections, and any text before the first.
    public let sections: [BriefingSectionView]
    public let preambleHTML: String?
    public let readingMinutes: Int
    /// Reviews only.
    public let recommendations: [RecommendationView]
    /// How many recommendations are overdue; nil when none is.
    public let overdueCount: Int?
    public let reportHref: String?
    /// For a review: the briefs and briefings drawn from it.
    public let derivedLearning: [DocumentSummaryView]
    /// For a brief or briefing, the reviews it comes from; for an overview report, the reviews it draws on.
    public let sourceReviews: [DocumentSummaryView]
    /// The heading over `sourceReviews`: "The review this learning comes from", "The reviews this report draws on".
    public let sourceReviewsHeading: String
    /// Where a reader affected by the content can find support.
    public let supportHref: String?
    /// Other documents sharing the most learning themes, newest first among equals.
    public let relatedLearning: [DocumentSummaryView]
    /// Reviews only: the recommendations tracker.
    public let trackerHref: String
    /// Who published the document, for a printed handout: the hub and the committee ("North Shire
    /// Learning Hub, North Shire Child Protection Committee").
    public let publisher: String

    public init(layout: LayoutView, header: DocumentHeaderView, contentWarning: String?, bodyHTML: String,
                sections: [BriefingSectionView], preambleHTML: String?, readingMinutes: Int,
                recommendations: [RecommendationView], overdueCount: Int?, reportHref: String?,
                derivedLearning: [DocumentSummaryView], sourceReviews: [DocumentSummaryView], sourceReviewsHeading: String,
                supportHref: String?, relatedLearning: [DocumentSummaryView], trackerHref: String, publisher: String) {
        self.layout = layout
        self.header = header
        self.contentWarning = contentWarning
        self.bodyHTML = bodyHTML
        self.sections = sections
        self.preambleHTML = preambleHTML
        self.readingMinutes = readingMinutes
        self.recommendations = recommendations
        self.overdueCount = overdueCount
        self.reportHref = reportHref
        self.derivedLearning = derivedLearning
        self.sourceReviews = sourceReviews
        self.sourceReviewsHeading = sourceReviewsHeading
        self.supportHref = supportHref
        self.relatedLearning = relatedLearning
        self.trackerHref = trackerHref
        self.publisher = publisher
    }
}

extension DocumentPageView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<DocumentPageView>(
        .field("layout") { $0.layout },
        .field("header") { $0.header },
        .field("contentWarning") { $0.contentWarning },
        .field("bodyHTML") { $0.bodyHTML },
        .field("sections") { $0.sections },
        .field("preambleHTML") { $0.preambleHTML },
        .field("readingMinutes") { $0.readingMinutes },
        .field("recommendations") { $0.recommendations },
        .field("overdueCount") { $0.overdueCount },
        .field("reportHref") { $0.reportHref },
        .field("derivedLearning") { $0.derivedLearning },
        .field("sourceReviews") { $0.sourceReviews },
        .field("sourceReviewsHeading") { $0.sourceReviewsHeading },
        .field("supportHref") { $0.supportHref },
        .field("relatedLearning") { $0.relatedLearning },
        .field("trackerHref") { $0.trackerHref },
        .field("publisher") { $0.publisher }
    )
}

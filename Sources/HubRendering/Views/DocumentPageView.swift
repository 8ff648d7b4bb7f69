/// A review, learning brief, seven-minute briefing or free page.
public final class DocumentPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let header: DocumentHeaderView
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
    /// For a brief or briefing: the review it comes from.
    public let sourceReview: DocumentSummaryView?
    /// Where a reader affected by the content can find support.
    public let supportHref: String?
    /// Other documents sharing the most learning themes, newest first among equals.
    public let relatedLearning: [DocumentSummaryView]
    /// Reviews only: the recommendations tracker.
    public let trackerHref: String
    /// Who published the document, for a printed handout: the hub and the committee ("North Shire
    /// Learning Hub, North Shire Child Protection Committee").
    public let publisher: String

    public init(layout: LayoutView, header: DocumentHeaderView, bodyHTML: String, sections: [BriefingSectionView],
                preambleHTML: String?, readingMinutes: Int, recommendations: [RecommendationView], overdueCount: Int?,
                reportHref: String?, derivedLearning: [DocumentSummaryView], sourceReview: DocumentSummaryView?,
                supportHref: String?, relatedLearning: [DocumentSummaryView], trackerHref: String,
                publisher: String) {
        self.layout = layout
        self.header = header
        self.bodyHTML = bodyHTML
        self.sections = sections
        self.preambleHTML = preambleHTML
        self.readingMinutes = readingMinutes
        self.recommendations = recommendations
        self.overdueCount = overdueCount
        self.reportHref = reportHref
        self.derivedLearning = derivedLearning
        self.sourceReview = sourceReview
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
        .field("bodyHTML") { $0.bodyHTML },
        .field("sections") { $0.sections },
        .field("preambleHTML") { $0.preambleHTML },
        .field("readingMinutes") { $0.readingMinutes },
        .field("recommendations") { $0.recommendations },
        .field("overdueCount") { $0.overdueCount },
        .field("reportHref") { $0.reportHref },
        .field("derivedLearning") { $0.derivedLearning },
        .field("sourceReview") { $0.sourceReview },
        .field("supportHref") { $0.supportHref },
        .field("relatedLearning") { $0.relatedLearning },
        .field("trackerHref") { $0.trackerHref },
        .field("publisher") { $0.publisher }
    )
}

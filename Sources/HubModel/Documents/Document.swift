import HubMarkdown

/// One review, learning brief, seven-minute briefing or free page of a hub.
public struct Document: Sendable, Codable {
    public let kind: DocumentKind
    /// The source file, relative to the content folder (e.g. `reviews/child-a.md`).
    public let sourcePath: String
    /// The source file as named in diagnostics (e.g. `content/reviews/child-a.md`).
    public let displayPath: String
    public let slug: String
    public let title: String
    /// One or two plain sentences; empty only for pages that give none.
    public let summary: String
    /// Publication date; nil only for pages.
    public let published: CalendarDate?
    public let updated: CalendarDate?
    /// Learning-theme ids, in the order the author gave them.
    public let learningThemeIDs: [String]
    public let committeeID: String?
    public let audience: [String]
    public let isDraft: Bool
    public let isAttestedAnonymised: Bool
    public let publishAfter: CalendarDate?
    public let retainUntil: CalendarDate?
    /// Present for reviews only.
    public let review: ReviewDetails?
    /// For briefs and briefings: the slug of the review the learning comes from.
    public let sourceReviewSlug: String?
    /// The Markdown body and the file line it starts on.
    public internal(set) var body: String
    public let bodyFirstLine: Int
    /// The front matter as written, and the file line it starts on (for the anonymisation check).
    public internal(set) var frontMatterText: String
    public let frontMatterFirstLine: Int
    /// Flagged text the author has acknowledged as safe to publish, with reasons.
    public let acknowledgements: [Acknowledgement]
    /// File lines taken by the `acknowledge` field, whose text is not scanned.
    let acknowledgementLines: ClosedRange<Int>?
    /// Where each front-matter field was written, for diagnostics about it.
    public let fieldLocations: [String: SourceLocation]
    /// Filled in by the loader once links can be resolved.
    public internal(set) var content: RenderedMarkdown
    /// A fingerprint of the front matter as written and the rendered body (what the document's own
    /// page shows of it), set by the loader with `content`. Kept in the cache, so that unchanged
    /// documents are not hashed again.
    public internal(set) var contentFingerprint = Fingerprint(high: 0, low: 0)

    init(kind: DocumentKind, sourcePath: String, displayPath: String, slug: String, title: String, summary: String,
         published: CalendarDate?, updated: CalendarDate?, learningThemeIDs: [String], committeeID: String?,
         audience: [String], isDraft: Bool, isAttestedAnonymised: Bool, publishAfter: CalendarDate?,
         retainUntil: CalendarDate?, review: ReviewDetails?, sourceReviewSlug: String?, body: String, bodyFirstLine: Int,
         fieldLocations: [String: SourceLocation] = [:], frontMatterText: String = "", frontMatterFirstLine: Int = 2,
         acknowledgements: [Acknowledgement] = [], acknowledgementLines: ClosedRange<Int>? = nil) {
        self.fieldLocations = fieldLocations
        self.frontMatterText = frontMatterText
        self.frontMatterFirstLine = frontMatterFirstLine
        self.acknowledgements = acknowledgements
        self.acknowledgementLines = acknowledgementLines
        self.kind = kind
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.slug = slug
        self.title = title
        self.summary = summary
        self.published = published
        self.updated = updated
        self.learningThemeIDs = learningThemeIDs
        self.committeeID = committeeID
        self.audience = audience
        self.isDraft = isDraft
        self.isAttestedAnonymised = isAttestedAnonymised
        self.publishAfter = publishAfter
        self.retainUntil = retainUntil
        self.review = review
        self.sourceReviewSlug = sourceReviewSlug
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.content = RenderedMarkdown(html: "", headings: [], links: [], plainText: "", wordCount: 0)
    }

    static func fingerprint(frontMatter: String, html: String) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("document content")
        hasher.combine(frontMatter)
        hasher.combine(html)
        return hasher.finalize()
    }

    /// Where `field` was written in the front matter, or the start of the file.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: displayPath, line: 1, column: 1)
    }

    /// The page's path under the site root, ending in `/` (e.g. `reviews/child-a/`; pages: `about/`).
    public var sitePath: String {
        kind == .page ? "\(slug)/" : "\(kind.folder)/\(slug)/"
    }

    /// Where the document stands on `today`.
    public func publicationState(on today: CalendarDate) -> PublicationState {
        if isDraft { return .draft }
        // Checked before the embargo, so that a missing attestation fails the build now, not on the day the embargo lifts.
        if kind.carriesLearning && !isAttestedAnonymised { return .notAttested }
        if let publishAfter, publishAfter > today { return .embargoed(until: publishAfter) }
        if let retainUntil, retainUntil < today { return .withdrawn }
        return .published
    }

    /// Minutes to read aloud at about 200 words a minute, at least one.
    public var readingMinutes: Int { max(1, Int((Double(content.wordCount) / 200).rounded(.up))) }

    /// The year of publication, used for the year indexes.
    public var year: Int? { published?.year }
}

import HubSupport
import HubMarkdown

/// One review, learning brief, seven-minute briefing or free page of a hub.
public struct Document: Sendable, Codable {
    /// Every field lives in one shared box, so that copying a document (into lists, indexes and
    /// tuples, which the pipeline does at every stage) costs one reference count rather than one per
    /// field. A change to a shared box copies it first, so a document still behaves as a value.
    private var storage: Storage

    public var kind: DocumentKind { storage.fields.kind }
    /// The source file, relative to the content folder (e.g. `reviews/child-a.md`).
    public var sourcePath: String { storage.fields.sourcePath }
    /// The source file as named in diagnostics (e.g. `content/reviews/child-a.md`).
    public var displayPath: String { storage.fields.displayPath }
    public var slug: String { storage.fields.slug }
    public var title: String { storage.fields.title }
    /// One or two plain sentences; empty only for pages that give none.
    public var summary: String { storage.fields.summary }
    /// Publication date; nil only for pages.
    public var published: CalendarDate? { storage.fields.published }
    public var updated: CalendarDate? { storage.fields.updated }
    /// Learning-theme ids, in the order the author gave them.
    public var learningThemeIDs: [String] { storage.fields.learningThemeIDs }
    public var committeeID: String? { storage.fields.committeeID }
    public var audience: [String] { storage.fields.audience }
    public var isDraft: Bool { storage.fields.isDraft }
    public var isAttestedAnonymised: Bool { storage.fields.isAttestedAnonymised }
    public var publishAfter: CalendarDate? { storage.fields.publishAfter }
    public var retainUntil: CalendarDate? { storage.fields.retainUntil }
    /// Present for reviews only.
    public var review: ReviewDetails? { storage.fields.review }
    /// For briefs and briefings: the slug of the review the learning comes from.
    public var sourceReviewSlug: String? { storage.fields.sourceReviewSlug }
    /// The Markdown body and the file line it starts on. Empty for a document an incremental build
    /// found in the cache by its file's unchanged stamp: the loader reads the file only if it renders
    /// the document again, so everything after loading uses `content`.
    public internal(set) var body: String {
        get { storage.fields.body }
        set { uniqueStorage().fields.body = newValue }
    }
    public var bodyFirstLine: Int { storage.fields.bodyFirstLine }
    /// The front matter as written, and the file line it starts on (for the anonymisation check).
    /// Empty, as `body` is, for a document found by its file's stamp.
    public internal(set) var frontMatterText: String {
        get { storage.fields.frontMatterText }
        set { uniqueStorage().fields.frontMatterText = newValue }
    }
    public var frontMatterFirstLine: Int { storage.fields.frontMatterFirstLine }
    /// Flagged text the author has acknowledged as safe to publish, with reasons.
    public var acknowledgements: [Acknowledgement] { storage.fields.acknowledgements }
    /// File lines taken by the `acknowledge` field, whose text is not scanned.
    var acknowledgementLines: ClosedRange<Int>? { storage.fields.acknowledgementLines }
    /// Where each front-matter field was written, for diagnostics about it.
    public var fieldLocations: [String: SourceLocation] { storage.fields.fieldLocations }
    /// Filled in by the loader once links can be resolved.
    public internal(set) var content: RenderedMarkdown {
        get { storage.fields.content }
        set { uniqueStorage().fields.content = newValue }
    }
    /// A fingerprint of the front matter as written and the rendered body (what the document's own
    /// page shows of it), set by the loader with `content`. Kept in the cache, so that unchanged
    /// documents are not hashed again.
    public internal(set) var contentFingerprint: Fingerprint {
        get { storage.fields.contentFingerprint }
        set { uniqueStorage().fields.contentFingerprint = newValue }
    }

    /// `metadataFingerprint`, when the loader found it without working it out (from a cache entry's bytes).
    var knownMetadataFingerprint: Fingerprint? {
        get { storage.fields.knownMetadataFingerprint }
        set { uniqueStorage().fields.knownMetadataFingerprint = newValue }
    }

    init(kind: DocumentKind, sourcePath: String, displayPath: String, slug: String, title: String, summary: String,
         published: CalendarDate?, updated: CalendarDate?, learningThemeIDs: [String], committeeID: String?,
         audience: [String], isDraft: Bool, isAttestedAnonymised: Bool, publishAfter: CalendarDate?,
         retainUntil: CalendarDate?, review: ReviewDetails?, sourceReviewSlug: String?, body: String, bodyFirstLine: Int,
         fieldLocations: [String: SourceLocation] = [:], frontMatterText: String = "", frontMatterFirstLine: Int = 2,
         acknowledgements: [Acknowledgement] = [], acknowledgementLines: ClosedRange<Int>? = nil) {
        storage = Storage(Fields(
            kind: kind, sourcePath: sourcePath, displayPath: displayPath, slug: slug, title: title, summary: summary,
            published: published, updated: updated, learningThemeIDs: learningThemeIDs, committeeID: committeeID,
            audience: audience, isDraft: isDraft, isAttestedAnonymised: isAttestedAnonymised, publishAfter: publishAfter,
            retainUntil: retainUntil, review: review, sourceReviewSlug: sourceReviewSlug, body: body,
            bodyFirstLine: bodyFirstLine, frontMatterText: frontMatterText, frontMatterFirstLine: frontMatterFirstLine,
            acknowledgements: acknowledgements, acknowledgementLines: acknowledgementLines, fieldLocations: fieldLocations,
            content: RenderedMarkdown(html: "", headings: [], links: [], plainText: "", wordCount: 0),
            contentFingerprint: Fingerprint(high: 0, low: 0)))
    }

    /// Encoded as its fields, as when they were stored in the document itself.
    public init(from decoder: Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    /// The box, copied first if another document shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The box, shared by copies of a document. Changed only through `uniqueStorage()`, when no other document shares it.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        /// Worked out once from the kind and slug, which do not change: it is asked for at every stage.
        let sitePath: String

        init(_ fields: Fields) {
            self.fields = fields
            sitePath = fields.kind == .page ? "\(fields.slug)/" : "\(fields.kind.folder)/\(fields.slug)/"
        }

        func copy() -> Storage {
            Storage(fields)
        }
    }

    /// The fields of a document, in its box.
    private struct Fields: Codable, Sendable {
        let kind: DocumentKind
        let sourcePath: String
        let displayPath: String
        let slug: String
        let title: String
        let summary: String
        let published: CalendarDate?
        let updated: CalendarDate?
        let learningThemeIDs: [String]
        let committeeID: String?
        let audience: [String]
        let isDraft: Bool
        let isAttestedAnonymised: Bool
        let publishAfter: CalendarDate?
        let retainUntil: CalendarDate?
        let review: ReviewDetails?
        let sourceReviewSlug: String?
        var body: String
        let bodyFirstLine: Int
        var frontMatterText: String
        let frontMatterFirstLine: Int
        let acknowledgements: [Acknowledgement]
        let acknowledgementLines: ClosedRange<Int>?
        let fieldLocations: [String: SourceLocation]
        var content: RenderedMarkdown
        var contentFingerprint: Fingerprint
        var knownMetadataFingerprint: Fingerprint? = nil
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
    public var sitePath: String { storage.sitePath }

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

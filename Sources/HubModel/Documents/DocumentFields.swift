import HubSupport

/// What a document's file says of it: its front matter, parsed and checked, and its place in the hub.
///
/// Each field is declared here once: `DocumentMetadata` and `Document` reach them by name
/// (`document.title`), and the binary form the cache keeps (`DocumentFields+BinaryForm.swift`) writes
/// them in this order (a test round-trips every field).
public struct DocumentFields: Sendable, Equatable {
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
    /// For briefs and briefings, the slugs of the reviews the learning comes from; for a thematic review
    /// or national overview report, of the reviews it draws on (`review:`, one slug or a list).
    public let sourceReviewSlugs: [String]
    /// The file line the Markdown body starts on.
    public let bodyFirstLine: Int
    /// The file line the front matter starts on.
    public let frontMatterFirstLine: Int
    /// Flagged text the author has acknowledged as safe to publish, with reasons.
    public let acknowledgements: [Acknowledgement]
    /// File lines taken by the `acknowledge` field, whose text is not scanned.
    public let acknowledgementLines: ClosedRange<Int>?
    /// Names the author has declared as pseudonyms (`pseudonyms: [Ellie, Sam]`): never reported as names.
    public let pseudonyms: [String]
    /// Where each front-matter field was written, for diagnostics about it.
    public let fieldLocations: [String: SourceLocation]
    /// Stands for everything above: the front matter as written, and the file's kind and place.
    public let fingerprint: Fingerprint
}

extension DocumentFields {
    /// The year of publication, used for the year indexes.
    public var year: Int? { published?.year }

    /// Where `field` was written in the front matter, or the start of the file.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: displayPath, line: 1, column: 1)
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

    /// The fingerprint of a document's front matter as written (`yaml`) and of its file's kind and place.
    static func fingerprint(kind: DocumentKind, sourcePath: String, displayPath: String, yaml: String,
                            yamlFirstLine: Int) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("document metadata")
        hasher.combine(kind.rawValue)
        hasher.combine(sourcePath)
        hasher.combine(displayPath)
        hasher.combine(yamlFirstLine)
        hasher.combine(yaml)
        return hasher.finalize()
    }
}

import HubMarkdown

/// Checks that need the whole hub: duplicate slugs, the review a brief comes from,
/// attestation, and the shape of seven-minute briefings.
enum HubValidator {
    /// The validate step: the checks across documents (`documents` are those that parsed; `unparsed`,
    /// the files that did not, whose errors have been reported).
    static func check(_ documents: [ParsedDocument], unparsed: [SourceFile], today: CalendarDate, log: inout DiagnosticLog) {
        let included = documents.filter(\.isIncluded).map(\.metadata)
        checkSlugs(included, log: &log)
        checkAttestation(documents.filter { $0.state == .notAttested }.map(\.metadata), log: &log)
        let unparsedReviews = Set(unparsed.filter { $0.kind == .review }.map { Slug.fromFile($0.relativePath) })
        checkSourceReviews(included, all: documents.map(\.metadata), includedPaths: Set(included.map(\.sourcePath)),
                           unparsedReviewSlugs: unparsedReviews, log: &log, today: today)
    }

    /// Seven-minute briefings are read aloud at about 200 words a minute.
    static let briefingWordLimit = 7 * 200

    static func checkSlugs(_ documents: [DocumentMetadata], log: inout DiagnosticLog) {
        var seen: [String: DocumentMetadata] = [:]
        for document in documents {
            // Compared without case: on case-insensitive file systems the two pages would share a folder.
            let key = document.sitePath.lowercased()
            if let first = seen[key] {
                log.error(document.location(of: "slug"),
                          "duplicate slug '\(document.slug)': \(first.displayPath) already uses the URL \(key)",
                          hint: "rename one of the files or give it a different 'slug' in its front matter")
            } else {
                seen[key] = document
            }
            if document.kind == .page && SitePaths.reservedSegments.contains(document.slug.lowercased()) {
                log.error(document.location(of: "slug"),
                          "the page slug '\(document.slug)' is used by the site itself",
                          hint: "rename the page or set another 'slug' in its front matter")
            }
            if document.kind != .page && document.slug.lowercased() == SitePaths.pageSegment {
                log.error(document.location(of: "slug"),
                          "the slug '\(document.slug)' is used by the pages of the list of \(document.kind.pluralName.lowercased())",
                          hint: "rename the file or set another 'slug' in its front matter")
            }
        }
    }

    /// Not attested anonymised (`documents` are those whose state is `.notAttested`): the document is
    /// held back and the build fails.
    static func checkAttestation(_ documents: [DocumentMetadata], log: inout DiagnosticLog) {
        for document in documents {
            log.error(document.location(of: "anonymised"),
                      "'\(document.title)' is not attested as anonymised, so it cannot be published",
                      hint: "check the text for anything that could identify the people it is about, their families or workers, then set 'anonymised: true' (or 'draft: true' to hold it back)")
        }
    }

    /// Each slug in a brief's, briefing's or overview report's `review:` must name a review that will be
    /// on the site (and not the document itself).
    static func checkSourceReviews(_ included: [DocumentMetadata], all: [DocumentMetadata], includedPaths: Set<String>,
                                   unparsedReviewSlugs: Set<String>, log: inout DiagnosticLog, today: CalendarDate) {
        // By slug, the first review of each (duplicate slugs are reported elsewhere): a look-up per
        // brief, where a scan of every review made this step quadratic in the size of the hub.
        var reviews: [String: DocumentMetadata] = [:]
        var reviewSlugs: [String] = []
        for document in all where document.kind == .review {
            reviewSlugs.append(document.slug)
            if reviews[document.slug] == nil { reviews[document.slug] = document }
        }
        for document in included {
            for (index, slug) in document.sourceReviewSlugs.enumerated() where !unparsedReviewSlugs.contains(slug) {
                let location = document.fieldLocations[DocumentParser.reviewItemKey(index)] ?? document.location(of: "review")
                guard let review = reviews[slug] else {
                    log.error(location, "'review: \(slug)' names no review",
                              hint: NearestMatch.hint(for: slug, among: reviewSlugs, kind: "review slug"))
                    continue
                }
                if review.sourcePath == document.sourcePath {
                    log.error(location, "a review cannot list itself among the reviews it draws on", hint: "remove '\(slug)' from 'review'")
                } else if !includedPaths.contains(review.sourcePath) {
                    log.error(location, "'review: \(slug)' names a review that is not published (\(LinkResolver.describe(review.publicationState(on: today))))",
                              hint: "publish the review first, or remove it from the 'review' field")
                }
            }
        }
    }

    /// Seven sections for a briefing; one `h1` a page, so no level-1 headings in bodies.
    static func checkStructure(_ document: DocumentMetadata, headings: [MarkdownHeading], wordCount: Int,
                               log: inout DiagnosticLog) {
        for heading in headings where heading.level == 1 {
            log.warning(SourceLocation(path: document.displayPath, line: heading.line + document.bodyFirstLine - 1, column: 1),
                        "level-1 heading '\(heading.text)' in the body; the title is the page's only top heading",
                        hint: "use '##' for sections")
        }
        guard document.kind == .briefing else { return }
        let sections = headings.filter { $0.level == 2 }
        if sections.count != 7 {
            let line = sections.count > 7 ? sections[7].line + document.bodyFirstLine - 1 : document.bodyFirstLine
            log.error(SourceLocation(path: document.displayPath, line: line, column: 1),
                      "a seven-minute briefing has exactly seven '##' sections; this one has \(sections.count)",
                      hint: "the usual sections are: Background, Why it matters, Information, What it means for practice, Questions to consider, What to do, Further information")
        }
        if wordCount > briefingWordLimit {
            log.warning(SourceLocation(path: document.displayPath, line: document.bodyFirstLine, column: 1),
                        "this briefing has \(wordCount) words: over seven minutes to read aloud",
                        hint: "keep a seven-minute briefing under about \(briefingWordLimit) words so it fits the time and one printed page")
        }
    }
}

import Yams

/// Turns the text of one Markdown file into a `Document`, checking its front matter.
///
/// Checks that need the whole hub (links, duplicate slugs, the review a brief
/// comes from) are made later by `HubValidator`.
public struct DocumentParser: Sendable {
    public let config: HubConfig

    public init(config: HubConfig) {
        self.config = config
    }

    static let commonFields = ["title", "summary", "published", "updated", "themes", "committee", "anonymised",
                               "draft", "publish_after", "retain_until", "slug", "audience", "acknowledge",
                               "pseudonyms"]
    static let reviewFields = ["review_type", "subject", "age_band", "outcome", "incident", "methodology", "report",
                               "recommendations", "review"]
    static let recommendationFields = ["id", "text", "target", "category", "status", "owner", "due"]

    /// What parsing a file gave.
    public enum Outcome {
        /// The front matter is valid.
        case parsed(DocumentMetadata, DocumentText)
        /// The front matter has errors (logged), but the body can be told from it and checked: the
        /// metadata holds what could be read, with stand-ins for the rest, and is never published.
        case damaged(DocumentMetadata, DocumentText)
        /// Not even the body can be told from the front matter (logged).
        case unreadable
    }

    /// Parses `text`, the content of the file at `sourcePath` (relative to the content folder): its
    /// metadata and its text cut into front matter and body; nil if it has errors (logged).
    public func parse(_ text: String, kind: DocumentKind, sourcePath: String, displayPath: String,
                      log: inout DiagnosticLog) -> (metadata: DocumentMetadata, text: DocumentText)? {
        guard case .parsed(let metadata, let text) = outcome(text, kind: kind, sourcePath: sourcePath, displayPath: displayPath, log: &log)
        else { return nil }
        return (metadata, text)
    }

    /// Parses `text` as `parse` does, keeping what can be checked of a document whose front matter has errors.
    public func outcome(_ text: String, kind: DocumentKind, sourcePath: String, displayPath: String,
                        log: inout DiagnosticLog) -> Outcome {
        guard let split = FrontMatterSplitter.split(text, path: displayPath, log: &log) else { return .unreadable }
        let documentText = DocumentText(frontMatter: split.yaml, body: split.body)
        guard let fields = YAMLDocument.mapping(split.yaml, path: displayPath, firstLine: split.yamlFirstLine, log: &log) else {
            let anchor = SourceLocation(path: displayPath, line: max(split.yamlFirstLine - 1, 1), column: 1)
            let empty = YAMLFields(mapping: Node.Mapping([]), path: displayPath, firstLine: split.yamlFirstLine, anchor: anchor)
            var ignored = DiagnosticLog()
            let metadata = read(empty, split: split, kind: kind, sourcePath: sourcePath, displayPath: displayPath,
                                isDraft: Self.saysDraft(split.yaml), log: &ignored)
            return .damaged(metadata, documentText)
        }
        let errorsBefore = log.diagnostics.count
        let metadata = read(fields, split: split, kind: kind, sourcePath: sourcePath, displayPath: displayPath, log: &log)
        let hasNewErrors = log.diagnostics[errorsBefore...].contains { $0.severity == .error }
        return hasNewErrors ? .damaged(metadata, documentText) : .parsed(metadata, documentText)
    }

    /// The metadata of `fields`, every problem logged; a field that has an error is given a stand-in.
    private func read(_ fields: YAMLFields, split: SplitDocument, kind: DocumentKind, sourcePath: String,
                      displayPath: String, isDraft draftOverride: Bool? = nil, log: inout DiagnosticLog) -> DocumentMetadata {
        fields.warnUnknownKeys(known: Self.knownFields(of: kind), what: "front matter", log: &log)
        let learning = kind.carriesLearning
        let title = fields.string("title", required: true, log: &log)
        let summary = fields.string("summary", required: learning, log: &log) ?? ""
        let published = fields.date("published", required: learning, log: &log)
        let updated = fields.date("updated", required: false, log: &log)
        let publishAfter = fields.date("publish_after", required: false, log: &log)
        let retainUntil = fields.date("retain_until", required: false, log: &log)
        let isDraft = draftOverride ?? fields.bool("draft", log: &log) ?? false
        let anonymised = attestation(fields, kind: kind, log: &log)
        let themeIDs = learningThemes(fields, required: learning, log: &log)
        let committeeID = committee(fields, required: kind == .review, log: &log)
        let audience = fields.stringList("audience", log: &log).map(\.value)
        let slug = self.slug(fields, sourcePath: sourcePath, displayPath: displayPath, log: &log)
        let review = kind == .review ? reviewDetails(fields, log: &log) : nil
        let sourceReviews = self.sourceReviews(fields, kind: kind, review: review, log: &log)
        let acknowledgements = self.acknowledgements(fields, log: &log)
        return DocumentMetadata(DocumentFields(
            kind: kind, sourcePath: sourcePath, displayPath: displayPath, slug: slug, title: title ?? slug, summary: summary,
            published: published, updated: updated, learningThemeIDs: themeIDs, committeeID: committeeID,
            audience: audience, isDraft: isDraft, isAttestedAnonymised: anonymised ?? false, publishAfter: publishAfter,
            retainUntil: retainUntil, review: review, sourceReviewSlugs: sourceReviews.map(\.value),
            bodyFirstLine: split.bodyFirstLine,
            frontMatterFirstLine: split.yamlFirstLine, acknowledgements: acknowledgements,
            acknowledgementLines: fields.lines(of: "acknowledge"),
            pseudonyms: fields.stringList("pseudonyms", log: &log).map(\.value),
            fieldLocations: fields.keyLocations.merging(fields.valueLocations) { _, value in value }
                .merging(Self.itemLocations(sourceReviews)) { _, item in item },
            fingerprint: DocumentFields.fingerprint(kind: kind, sourcePath: sourcePath, displayPath: displayPath,
                                                      yaml: split.yaml, yamlFirstLine: split.yamlFirstLine)))
    }

    /// Whether front matter that is not valid YAML still has a line `draft: true`.
    static func saysDraft(_ yaml: String) -> Bool {
        yaml.split(separator: "\n").contains { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            return parts.count == 2 && parts[0] == "draft" && parts[1].trimmingCharacters(in: .whitespaces) == "true"
        }
    }

    /// The front-matter fields a document of `kind` may have.
    static func knownFields(of kind: DocumentKind) -> [String] {
        switch kind {
        case .review: return commonFields + reviewFields
        case .brief, .briefing: return commonFields + ["review"]
        case .page: return commonFields
        }
    }

    /// `anonymised:`, which a document that carries learning must have.
    private func attestation(_ fields: YAMLFields, kind: DocumentKind, log: inout DiagnosticLog) -> Bool? {
        let anonymised = fields.bool("anonymised", log: &log)
        if kind.carriesLearning && anonymised == nil && !fields.has("anonymised") {
            log.error(fields.anchor, "missing required field 'anonymised'",
                      hint: "once the text has been checked for anything that could identify the people it is about, their families or workers, add 'anonymised: true'")
        }
        return anonymised
    }

    /// The `slug:` given, or the file's name, which must be usable in a URL.
    private func slug(_ fields: YAMLFields, sourcePath: String, displayPath: String, log: inout DiagnosticLog) -> String {
        let fileSlug = Slug.fromFile(sourcePath)
        if let custom = fields.string("slug", required: false, log: &log) {
            if Slug.isValid(custom) { return custom }
            log.error(fields.location("slug"), "slug '\(custom)' may contain only letters, digits and '-'",
                      hint: "the slug becomes part of the URL; e.g. 'child-h-learning-review'")
        } else if !Slug.isValid(fileSlug) {
            log.error(SourceLocation(path: displayPath, line: 1, column: 1),
                      "the file name '\(fileSlug).md' cannot be used in a URL",
                      hint: "rename the file using only letters, digits and '-', or set 'slug' in the front matter")
        }
        return fileSlug
    }

    private func acknowledgements(_ fields: YAMLFields, log: inout DiagnosticLog) -> [Acknowledgement] {
        Acknowledgement.list(fields, log: &log)
    }

    private func learningThemes(_ fields: YAMLFields, required: Bool, log: inout DiagnosticLog) -> [String] {
        let items = fields.stringList("themes", log: &log)
        if required && items.isEmpty {
            log.error(fields.has("themes") ? fields.location("themes") : fields.anchor,
                      "at least one learning theme is required in 'themes'",
                      hint: "known themes: \(config.learningThemes.map(\.id).joined(separator: ", "))")
        }
        let known = config.learningThemes.map(\.id)
        var ids: [String] = []
        for item in items {
            if !known.contains(item.value) {
                log.error(item.location, "unknown learning theme '\(item.value)'",
                          hint: NearestMatch.hint(for: item.value, among: known, kind: "theme") + " Themes are declared in hub.yaml.")
            } else if ids.contains(item.value) {
                log.warning(item.location, "learning theme '\(item.value)' is listed twice")
            } else {
                ids.append(item.value)
            }
        }
        return ids
    }

    private func committee(_ fields: YAMLFields, required: Bool, log: inout DiagnosticLog) -> String? {
        guard let id = fields.string("committee", required: required, log: &log) else { return nil }
        let known = config.committees.map(\.id)
        guard known.contains(id) else {
            log.error(fields.location("committee"), "unknown committee '\(id)'",
                      hint: NearestMatch.hint(for: id, among: known, kind: "committee") + " Committees are declared in hub.yaml.")
            return nil
        }
        return id
    }

    /// The key under which `fieldLocations` records where the `index`th slug of `review:` is written.
    public static func reviewItemKey(_ index: Int) -> String { "review#\(index)" }

    private static func itemLocations(_ items: [(value: String, location: SourceLocation)]) -> [String: SourceLocation] {
        Dictionary(uniqueKeysWithValues: items.enumerated().map { (reviewItemKey($0.offset), $0.element.location) })
    }

    /// `review:`, one slug or a list: for a brief or briefing, the reviews its learning comes from; for a
    /// thematic review or national overview report, the reviews it draws on. Each appears once.
    private func sourceReviews(_ fields: YAMLFields, kind: DocumentKind, review: ReviewDetails?,
                               log: inout DiagnosticLog) -> [(value: String, location: SourceLocation)] {
        guard kind != .page else { return [] }
        let items = fields.stringList("review", log: &log)
        if kind == .review, !items.isEmpty, let type = review?.reviewType, !type.coversManyCases {
            log.error(fields.location("review"), "\(type.nameInSentence) cannot list the reviews it draws on",
                      hint: "only a thematic review or a national overview report lists other reviews in 'review:'; link to another review from the text instead, e.g. [the earlier review](other-review.md)")
            return []
        }
        var unique: [(value: String, location: SourceLocation)] = []
        for item in items {
            if unique.contains(where: { $0.value == item.value }) {
                log.warning(item.location, "review '\(item.value)' is listed twice in 'review'")
            } else {
                unique.append(item)
            }
        }
        return unique
    }

    private func reviewDetails(_ fields: YAMLFields, log: inout DiagnosticLog) -> ReviewDetails? {
        let type = fields.choice("review_type", as: ReviewType.self, required: true, log: &log, named: ReviewType.named)
        let ageBand = fields.choice("age_band", as: AgeBand.self, required: false, log: &log)
        let outcome = fields.choice("outcome", as: ReviewOutcome.self, required: false, log: &log)
        let incident = fields.choice("incident", as: IncidentCategory.self, required: false, log: &log)
        if incident != nil && outcome != .harmToOthers {
            log.error(fields.location("incident"), "'incident' is the kind of harm a person caused to others, but 'outcome' is not 'harm-to-others'",
                      hint: "set 'outcome: harm-to-others', or remove 'incident'")
        }
        let methodology = fields.string("methodology", required: false, log: &log)
        let report = fields.string("report", required: false, log: &log)
        if let report, !AssetPath.isSafe(report) {
            log.error(fields.location("report"), "report '\(report)' must be a file under assets/",
                      hint: "e.g. 'report: assets/child-a-full-report.pdf'")
        }
        let recommendations = self.recommendations(fields, log: &log)
        guard let type, let subject = SubjectCheck(scope: config.scope).subject(fields, type: type, ageBand: ageBand, log: &log)
        else { return nil }
        return ReviewDetails(reviewType: type, subject: subject, ageBand: ageBand, outcome: outcome, incident: incident,
                             methodology: methodology, reportAsset: report, recommendations: recommendations)
    }

    private func recommendations(_ fields: YAMLFields, log: inout DiagnosticLog) -> [Recommendation] {
        var recommendations: [Recommendation] = []
        var seenIDs: Set<String> = []
        for item in fields.mappingList("recommendations", log: &log) {
            item.warnUnknownKeys(known: Self.recommendationFields, what: "recommendation", log: &log)
            let id = item.string("id", required: true, log: &log)
            let text = item.string("text", required: true, log: &log)
            let target = item.choice("target", as: RecommendationTarget.self, required: true, log: &log)
            let category = item.choice("category", as: RecommendationCategory.self, required: true, log: &log)
            let status = item.choice("status", as: RecommendationStatus.self, required: true, log: &log)
            let owner = item.string("owner", required: false, log: &log)
            let due = item.date("due", required: false, log: &log)
            if let id, !seenIDs.insert(id).inserted {
                log.error(item.location("id"), "recommendation id '\(id)' is used twice in this review")
            }
            if let id, let text, let target, let category, let status {
                recommendations.append(Recommendation(id: id, text: text, target: target, category: category,
                                                      status: status, owner: owner, due: due))
            }
        }
        return recommendations
    }
}

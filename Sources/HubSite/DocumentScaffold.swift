import Foundation
import HubAnonymisation
import HubModel

/// The start of a new document (`learning-hub new`): every front-matter field its kind needs,
/// each with a comment saying what to write, a body to fill in and, for a seven-minute briefing,
/// its seven sections. The document starts as a draft, not attested anonymised.
///
/// Pure: the text depends only on the kind, the title, the date and the hub's settings.
public struct DocumentScaffold: Sendable {
    public let kind: DocumentKind
    public let title: String
    /// The `published` date written (usually today).
    public let date: CalendarDate
    /// The hub's settings, for the example theme and committee; nil when `hub.yaml` could not be read.
    public let config: HubConfig?

    /// The usual sections of a seven-minute briefing, in order, each with a line of guidance.
    public static var briefingSections: [(title: String, guidance: String)] { ScaffoldGuidance.briefingSections }

    /// Written in place of the summary; the author replaces it.
    public static var summaryPlaceholder: String { ScaffoldGuidance.summary }

    /// The body written under the front matter in place of the kind's headings and guidance (`import`).
    public let importedBody: String?
    /// The review's full report under `assets/`, written as `report:` (`import` of a PDF); nil for an example in a comment.
    public let reportAsset: String?

    public init(kind: DocumentKind, title: String, date: CalendarDate, config: HubConfig?, body: String? = nil, reportAsset: String? = nil) {
        self.importedBody = body
        self.reportAsset = reportAsset
        self.kind = kind
        self.title = title.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        self.date = date
        self.config = config
    }

    /// What in the title looks like it could identify someone (a name, a school, a date of birth).
    public var titleFindings: [IdentifierFinding] {
        let scanner = IdentifierScanner()
        return scanner.scan(title) + scanner.scanName(Self.slug(for: title))
    }

    /// The file name without `.md`: from the title (empty when the title has no letters or digits), or,
    /// when the title holds something that could identify someone, a neutral one (`review-2024-03-05`),
    /// so that the page's address never carries it.
    public var slug: String { titleFindings.isEmpty ? Self.slug(for: title) : neutralSlug(number: 1) }

    /// A slug that says only the kind and the date; `number` 2 and up tell documents of one day apart.
    public func neutralSlug(number: Int) -> String {
        "\(kind.rawValue)-\(date)" + (number > 1 ? "-\(number)" : "")
    }

    /// Where the document goes, relative to the content folder, e.g. `briefings/child-a-briefing.md`.
    public var relativePath: String { "\(kind.folder)/\(slug).md" }

    /// A URL slug for `title`: lower case, accents removed, letters and digits with single `-`
    /// between words (apostrophes dropped: "Child A's review" -> `child-as-review`), at most 80 characters.
    public static func slug(for title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
            .lowercased()
        var slug = ""
        var gap = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if gap && !slug.isEmpty { slug += "-" }
                gap = false
                slug.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                gap = true
            }
        }
        if slug.count > 80 {
            let cut = slug.prefix(80)
            slug = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
        }
        return slug
    }

    /// What the author does next, one step a line.
    public var nextSteps: [String] {
        var steps: [String] = []
        switch kind {
        case .briefing:
            steps.append("Replace the summary and the guidance under each of the seven headings with your text (you may retitle a section, not add or drop one).")
        case .page:
            steps.append("Replace the guidance with the page's text.")
        case .review, .brief:
            steps.append("Replace the summary, the example values and the guidance under each heading with your text.")
        }
        if kind.carriesLearning {
            steps.append("Check the text for anything that could identify the people it is about, their families or workers, then set 'anonymised: true'.")
        }
        steps.append("Preview it with `learning-hub serve`: drafts are shown there, marked as drafts.")
        steps.append("To publish it, remove 'draft: true' and run `learning-hub check`.")
        return steps
    }

    /// The text of the new Markdown file.
    public var text: String {
        var lines = ["---"]
        func field(_ comment: String, _ line: String) {
            lines.append("# \(comment)")
            lines.append(line)
        }
        let themeIDs = config?.learningThemes.map(\.id) ?? []
        let committeeIDs = config?.committees.map(\.id) ?? []
        let exampleTheme = themeIDs.first ?? "neglect"
        let exampleCommittee = committeeIDs.first ?? "committee-id"

        field("The title readers see, in plain text.", "title: \(Self.quoted(title))")
        if kind.carriesLearning {
            field("One or two plain sentences, shown in lists, search results and feeds.", "summary: \(Self.quoted(Self.summaryPlaceholder))")
            field("The date it is published, YYYY-MM-DD.", "published: \(date)")
            let known = themeIDs.isEmpty ? "declared in hub.yaml" : "from hub.yaml: \(themeIDs.joined(separator: ", "))"
            field("At least one learning theme, one a line, by id \(known).", "themes:\n  - \(exampleTheme)")
            let committees = committeeIDs.isEmpty ? "declared in hub.yaml" : "from hub.yaml: \(committeeIDs.joined(separator: ", "))"
            if kind == .review {
                field("The committee that commissioned the review, by id \(committees).", "committee: \(exampleCommittee)")
                reviewFields(&lines)
            } else {
                field("Optional: the committee that publishes it, by id \(committees).", "# committee: \(exampleCommittee)")
                field("Optional: the slug of the review this learning comes from (its file name without .md), or a list of them; the pages then link each other.",
                      "# review: review-slug")
            }
            field("Optional: who it is for: practitioners, managers, leaders, health, education, police, social-work.",
                  "# audience: [practitioners]")
            field("Set to true only once the text has been checked for anything that could identify the people it is about, their families or workers.",
                  "anonymised: false")
        } else {
            field("Optional: one or two plain sentences describing the page.", "# summary: \(Self.quoted(Self.summaryPlaceholder))")
        }
        field("A draft is never published; `learning-hub serve` shows it, marked as a draft. Remove this line to publish.", "draft: true")
        lines.append("---")
        lines.append("")
        lines.append(body)
        return lines.joined(separator: "\n")
    }

    private func reviewFields(_ lines: inout [String]) {
        func field(_ comment: String, _ line: String) {
            lines.append("# \(comment)")
            lines.append(line)
        }
        field("The kind of review: \(ReviewType.allCases.map(\.rawValue).joined(separator: ", ")).",
              "review_type: \(ReviewType.learningReview.rawValue)")
        let subject = HubScope.defaultSubjects(config?.scope).first ?? .child
        field("Who the review is about: \(ReviewSubject.allCases.map(\.rawValue).joined(separator: ", ")); the review type settles it for some types.",
              "subject: \(subject.rawValue)")
        field("Optional: the age band of the person the review is about: \(AgeBand.allCases.map(\.rawValue).joined(separator: ", ")).",
              "# age_band: \((subject == .adult ? AgeBand.twentySixToSixtyFour : .fiveToTen).rawValue)")
        field("Optional: why the review took place: \(ReviewOutcome.allCases.map(\.rawValue).joined(separator: ", ")).",
              "# outcome: \(ReviewOutcome.seriousHarm.rawValue)")
        field("Optional, with outcome harm-to-others: the kind of incident: \(IncidentCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
              "# incident: \(IncidentCategory.seriousViolence.rawValue)")
        field("Optional: how the review was carried out.", "# methodology: \"SCIE Learning Together\"")
        if let reportAsset {
            field("The full report, a PDF under assets/.", "report: \(Self.quoted(reportAsset))")
        } else {
            field("Optional: the full report, a PDF under assets/.", "# report: assets/\(slug.isEmpty ? "review" : slug)-full-report.pdf")
        }
        lines.append("# The review's recommendations, one item each (an example to replace):")
        lines.append("#   target: \(RecommendationTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        lines.append("#   category: \(RecommendationCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        lines.append("#   status: \(RecommendationStatus.allCases.map(\.rawValue).joined(separator: ", ")); owner and due (YYYY-MM-DD) are optional.")
        lines.append("""
            recommendations:
              - id: R1
                text: "\(ScaffoldGuidance.recommendation)"
                target: \(RecommendationTarget.multiAgency.rawValue)
                category: \(RecommendationCategory.policy.rawValue)
                status: \(RecommendationStatus.notStarted.rawValue)
                # owner: "The agency or group responsible"
                # due: YYYY-MM-DD
            """)
    }

    private var body: String {
        if let importedBody { return importedBody }
        let sections: [(title: String, guidance: String)]
        switch kind {
        case .briefing: sections = ScaffoldGuidance.briefingSections
        case .review: sections = ScaffoldGuidance.reviewSections
        case .brief: sections = ScaffoldGuidance.briefSections
        case .page: return ScaffoldGuidance.page + "\n"
        }
        return sections.map { "## \($0.title)\n\n\($0.guidance)\n" }.joined(separator: "\n")
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}

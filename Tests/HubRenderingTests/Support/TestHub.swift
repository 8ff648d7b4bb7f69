import Foundation
import HubMarkdown
import HubModel
import HubTestSupport

/// Builds in-memory hubs for the rendering tests: documents written by `FixtureDocument` and parsed, no files.
enum TestHub {
    static let today = CalendarDate(year: 2025, month: 6, day: 1)!

    static let themeIDs = ["neglect", "information-sharing", "transitions", "voice-of-the-child", "domestic-abuse"]

    static let config = HubConfig(
        title: "Test & <Shire> Hub", description: "Learning \"from\" reviews", baseURL: "https://example.org/hub/",
        language: "en-GB",
        learningThemes: themeIDs.map { LearningTheme(id: $0, title: $0.prefix(1).uppercased() + $0.dropFirst().replacingOccurrences(of: "-", with: " "), description: "About \($0)") },
        committees: [Committee(id: "test-cpc", name: "Test Child Protection Committee", area: "Test Shire", kind: .childProtection),
                     Committee(id: "other-cpc", name: "Other Committee", area: "Elsewhere")],
        scope: .both)

    /// A review, brief or briefing parsed from front matter; `extra` is added as is (e.g. `draft: true`).
    /// `review` replaces a review's own fields (by default a learning review about a child of 3 or 4, seriously harmed).
    static func document(_ kind: DocumentKind, slug: String, title: String? = nil, published: String,
                         themes: [String], extra: String = "", recommendations: String = "",
                         review: [String] = ["review_type: learning-review", "subject: child", "age_band: 3-4", "outcome: serious-harm"],
                         committee: String = "test-cpc") -> Document {
        var fields = ["title: \"\(title ?? slug)\"", "summary: \"Summary of \(slug).\"", "published: \(published)",
                      "themes: \(FixtureDocument.list(themes))", "anonymised: true"]
        if kind == .review {
            fields += ["committee: \(committee)"] + review
            if !recommendations.isEmpty { fields.append("recommendations:\n" + recommendations) }
        }
        if !extra.isEmpty { fields.append(extra) }
        var log = DiagnosticLog()
        let path = "\(kind.folder)/\(slug).md"
        let text = FixtureDocument.text(frontMatter: fields, body: "\nBody of \(slug).\n")
        guard let parsed = DocumentParser(config: config).parse(text, kind: kind, sourcePath: path, displayPath: path, log: &log) else {
            fatalError("fixture document \(slug) does not parse: \(log.sorted)")
        }
        // Parsed, not rendered: the rendering tests use front matter only.
        return Document(metadata: parsed.metadata, content: DocumentContent(.empty, metadata: parsed.metadata.fingerprint))
    }

    /// A recommendation in front-matter form.
    static func recommendation(_ id: String, category: String, status: String, due: String? = nil, owner: String? = nil) -> String {
        FixtureDocument.recommendation(id, text: "Recommendation \(id) & more", category: category, status: status, owner: owner, due: due)
    }

    static func hub(_ documents: [Document]) -> Hub {
        Hub(config: config, today: today, documents: documents, assets: [])
    }

    /// A small hub with every kind of document, a draft, a withdrawn brief and recommendations.
    static func standard() -> Hub {
        hub([
            document(.review, slug: "child-a", title: "Child A <review> & co", published: "2024-03-05",
                     themes: ["neglect", "information-sharing"],
                     recommendations: [recommendation("R1", category: "policy", status: "in-progress", due: "2024-12-31", owner: "Health"),
                                       recommendation("R2", category: "audit", status: "complete", due: "2024-01-31"),
                                       recommendation("R3", category: "policy", status: "not-started")].joined(separator: "\n")),
            document(.brief, slug: "child-a-brief", published: "2024-04-01", themes: ["neglect"], extra: "review: child-a"),
            document(.briefing, slug: "child-a-briefing", published: "2024-05-01", themes: ["neglect", "transitions"],
                     extra: "review: child-a\nupdated: 2024-06-15"),
            document(.review, slug: "child-b", published: "2023-02-01", themes: ["transitions"],
                     recommendations: recommendation("R1", category: "training", status: "not-started", due: "2023-12-01")),
            document(.brief, slug: "old-brief", published: "2022-01-10", themes: ["neglect"], extra: "retain_until: 2025-01-01"),
            document(.brief, slug: "zebra-draft", published: "2024-06-01", themes: ["neglect"], extra: "draft: true"),
        ])
    }
}

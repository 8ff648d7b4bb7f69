import Foundation
import HubModel
import HubSite

/// A small real hub written to a temporary folder, built with the project's default site theme.
final class FixtureHub {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("public") }

    /// The repository's `themes/default`, found from this file's location.
    static let defaultTheme: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes/default").path
    }()

    static let today = CalendarDate(year: 2025, month: 6, day: 1)!

    static let hubYAML = """
        title: Test Shire Learning Hub
        description: Learning from reviews in Test Shire
        base_url: https://example.org/learning-hub/
        language: en-GB
        themes:
          - id: neglect
            title: Neglect
            description: Recognising cumulative neglect
          - id: information-sharing
            title: Information sharing
            description: Sharing what agencies know
          - id: transitions
            title: Transitions
            description: Moves between services
        committees:
          - id: test-cpc
            name: Test Shire Child Protection Committee
            area: Test Shire
        """

    init(files: [String: String] = FixtureHub.standardFiles, hubYAML: String = FixtureHub.hubYAML) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hub-\(UUID().uuidString)")
        try write("hub.yaml", hubYAML)
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, Data(text.utf8))
    }

    func write(_ relativePath: String, _ data: Data) throws {
        let url = content.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(relativePath))
    }

    func build(drafts: Bool = false, theme: String = FixtureHub.defaultTheme) -> BuildReport {
        SiteBuilder(options: BuildOptions(contentDirectory: content.path, themeDirectory: theme,
                                          outputDirectory: output.path,
                                          load: LoadOptions(includeDrafts: drafts, today: Self.today))).build()
    }

    /// The text of a file in the output folder, or nil.
    func page(_ relativePath: String) -> String? {
        (try? Data(contentsOf: output.appendingPathComponent(relativePath))).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(relativePath).path)
    }

    /// Every file under the output folder, relative to it, with its bytes.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return files }
        while let relative = enumerator.nextObject() as? String {
            let url = output.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    static func review(slug: String = "child-a", title: String = "Learning review of Child A", published: String = "2024-03-05",
                       themes: String = "[neglect, information-sharing]", extra: String = "", body: String = "## Findings\n\nAgencies held separate pieces of the picture.\n") -> String {
        """
        ---
        title: "\(title)"
        summary: "A review of long-standing neglect seen in part by several agencies."
        published: \(published)
        committee: test-cpc
        themes: \(themes)
        review_type: learning-review
        age_band: 3-4
        outcome: serious-harm
        methodology: Systems review
        anonymised: true
        recommendations:
          - id: R1
            text: "Health and education should share attendance concerns within five working days."
            target: multi-agency
            category: policy
            status: in-progress
            owner: Health and Social Care Partnership
            due: 2024-12-31
          - id: R2
            text: "The committee should audit screening decisions for repeated concern reports."
            target: committee
            category: audit
            status: complete
            due: 2024-01-31
        \(extra)
        ---

        \(body)
        """
    }

    static func brief(title: String = "Learning brief: Child A", review: String = "child-a", published: String = "2024-04-01",
                      themes: String = "[neglect]", extra: String = "", body: String = "## What happened\n\nSee [the review](../reviews/child-a.md#findings).\n") -> String {
        """
        ---
        title: "\(title)"
        summary: "What practitioners can learn from the review of Child A."
        published: \(published)
        committee: test-cpc
        themes: \(themes)
        review: \(review)
        anonymised: true
        \(extra)
        ---

        \(body)
        """
    }

    static func briefing(title: String = "Seven-minute briefing: Child A", review: String = "child-a", published: String = "2024-05-01",
                         themes: String = "[neglect, transitions]", sections: [String] = ["Background", "Why it matters", "Information",
                                                                                           "What it means for practice", "Questions to consider",
                                                                                           "What to do", "Further information"], extra: String = "") -> String {
        let body = sections.map { "## \($0)\n\nA short paragraph about \($0.lowercased()).\n" }.joined(separator: "\n")
        return """
        ---
        title: "\(title)"
        summary: "A seven-minute briefing on the review of Child A."
        published: \(published)
        themes: \(themes)
        review: \(review)
        anonymised: true
        \(extra)
        ---

        \(body)
        """
    }

    static let standardFiles: [String: String] = [
        "reviews/child-a.md": review(),
        "briefs/child-a-brief.md": brief(),
        "briefings/child-a-briefing.md": briefing(),
        "pages/about.md": "---\ntitle: About this hub\nsummary: What the hub is for.\n---\n\nThe hub holds learning.\n\n## Support if you are affected\n\nTalk to your manager.\n",
        "pages/accessibility.md": "---\ntitle: Accessibility statement\n---\n\nWe aim for WCAG 2.2 AA.\n",
    ]
}

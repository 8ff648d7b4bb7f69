import Foundation
@testable import HubModel

/// Swift Testing has a `SourceLocation` too; in these tests the name means the hub's.
typealias SourceLocation = HubModel.SourceLocation

/// The fixed day every test judges publication against.
let testToday = CalendarDate(year: 2025, month: 6, day: 1)!

/// A small hub written to a fresh temporary folder; the folder is removed when the value goes away.
final class TemporaryHub {
    static let defaultHubYAML = """
    title: Test Hub
    description: A hub for tests
    base_url: https://example.org/hub/
    language: en-GB
    themes:
      - id: neglect
        title: Neglect
        description: Recognising neglect
      - id: information-sharing
        title: Information sharing
        description: Sharing information
      - id: transitions
        title: Transitions
        description: Moves between services
    committees:
      - id: north-shire-cpc
        name: North Shire Child Protection Committee
        area: North Shire
      - id: riverside-ppc
        name: Riverside Public Protection Committee
        area: Riverside

    """

    /// The content folder, without a trailing slash.
    let directory: String

    /// Writes `hub.yaml` (unless nil) and `files` (paths relative to the content folder).
    init(hubYAML: String? = TemporaryHub.defaultHubYAML, files: [String: String] = [:],
         binaryFiles: [String: [UInt8]] = [:]) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("learning-hub-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let hubYAML { try write("hub.yaml", hubYAML) }
        for (path, text) in files { try write(path, text) }
        for (path, bytes) in binaryFiles { try write(path, bytes: bytes) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The path of a file as diagnostics name it.
    func path(_ relative: String) -> String { directory + "/" + relative }

    func load(includeDrafts: Bool = false, today: CalendarDate = testToday) -> HubLoadResult {
        HubLoader(contentDirectory: directory, options: LoadOptions(includeDrafts: includeDrafts, today: today)).load()
    }
}

/// The configuration of `TemporaryHub.defaultHubYAML`, for parse-level tests.
let testConfig = HubConfig(
    title: "Test Hub", description: "A hub for tests", baseURL: "https://example.org/hub/", language: "en-GB",
    learningThemes: [
        LearningTheme(id: "neglect", title: "Neglect", description: "Recognising neglect"),
        LearningTheme(id: "information-sharing", title: "Information sharing", description: "Sharing information"),
        LearningTheme(id: "transitions", title: "Transitions", description: "Moves between services"),
    ],
    committees: [
        Committee(id: "north-shire-cpc", name: "North Shire Child Protection Committee", area: "North Shire"),
        Committee(id: "riverside-ppc", name: "Riverside Public Protection Committee", area: "Riverside"),
    ])

/// Source text of well-formed documents. Front-matter lines are listed so tests can count them:
/// a review's front matter is lines 1-9 plus one line per `extra` item, and its body starts right after.
enum Fixture {
    static func review(title: String = "Learning review of Child A", published: String = "2023-06-14",
                       themes: [String] = ["neglect"], committee: String = "north-shire-cpc",
                       reviewType: String = "learning-review", extra: [String] = [],
                       body: String = "The review found that worries stayed separate.\n") -> String {
        frontMatter([
            "title: \(title)",
            "summary: What the review of \(title) found.",
            "published: \(published)",
            "themes: [\(themes.joined(separator: ", "))]",
            "committee: \(committee)",
            "review_type: \(reviewType)",
            "anonymised: true",
        ] + extra) + body
    }

    /// Front matter is lines 1-7 plus `extra`.
    static func brief(title: String = "Learning brief", published: String = "2023-07-01",
                      themes: [String] = ["neglect"], extra: [String] = [],
                      body: String = "What to take away.\n") -> String {
        frontMatter([
            "title: \(title)",
            "summary: The learning in brief.",
            "published: \(published)",
            "themes: [\(themes.joined(separator: ", "))]",
            "anonymised: true",
        ] + extra) + body
    }

    static let briefingSectionTitles = ["Background", "Why it matters", "Information", "What it means for practice",
                                        "Questions to consider", "What to do", "Further information", "Extra"]

    /// Front matter is lines 1-7 plus `extra`; with no extra lines the body starts on line 8 with
    /// "Intro paragraph." and section `i` (0-based) has its heading on line 10 + 4 * i.
    static func briefing(title: String = "Seven-minute briefing", published: String = "2024-01-10",
                         themes: [String] = ["neglect"], sections: Int = 7, wordsPerSection: Int = 3,
                         extra: [String] = []) -> String {
        var body = "Intro paragraph.\n"
        for index in 0..<sections {
            let heading = index < briefingSectionTitles.count ? briefingSectionTitles[index] : "Section \(index + 1)"
            body += "\n## \(heading)\n\n" + Array(repeating: "word", count: wordsPerSection).joined(separator: " ") + "\n"
        }
        return frontMatter([
            "title: \(title)",
            "summary: A briefing to read aloud.",
            "published: \(published)",
            "themes: [\(themes.joined(separator: ", "))]",
            "anonymised: true",
        ] + extra) + body
    }

    static func page(title: String = "About", extra: [String] = [], body: String = "About this hub.\n") -> String {
        frontMatter(["title: \(title)"] + extra) + body
    }

    static func frontMatter(_ lines: [String]) -> String {
        "---\n" + lines.map { $0 + "\n" }.joined() + "---\n"
    }
}

extension HubLoadResult {
    /// The diagnostics whose message contains `text`.
    func diagnostics(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains(text) }
    }
}

extension DiagnosticLog {
    func errors(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.severity == .error && $0.message.contains(text) }
    }
}

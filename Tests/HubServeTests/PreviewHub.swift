import Foundation
import HubModel
@testable import HubServe

/// A small hub and a copy of the project's site theme in a temporary folder, served by a
/// preview server on a free loopback port.
final class PreviewHub: @unchecked Sendable {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var theme: URL { root.appendingPathComponent("theme") }

    /// The repository's `themes/default`, found from this file's location.
    static let repositoryTheme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes/default")

    static let hubYAML = """
        title: Preview Shire Learning Hub
        description: Learning from reviews in Preview Shire
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
            name: Preview Shire Child Protection Committee
            area: Preview Shire
        """

    static let review = """
        ---
        title: "Learning review of Child A"
        summary: "A review of long-standing neglect seen in part by several agencies."
        published: 2024-03-05
        committee: test-cpc
        themes: [neglect, information-sharing]
        review_type: learning-review
        anonymised: true
        recommendations:
          - id: R1
            text: "Health and education should share attendance concerns within five working days."
            target: multi-agency
            category: policy
            status: in-progress
        ---

        ## Findings

        Agencies held separate pieces of the picture.

        """

    /// The briefing the tests edit; its theme is on line 6.
    static func briefing(theme: String = "neglect", background: String = "Agencies saw the neglect in pieces.") -> String {
        let sections = ["Why it matters", "Information", "What it means for practice", "Questions to consider",
                        "What to do", "Further information"]
        return """
            ---
            title: "Seven-minute briefing: Child A"
            summary: "A seven-minute briefing on the review of Child A."
            published: 2024-05-01
            themes:
              - \(theme)
            review: child-a
            anonymised: true
            ---

            ## Background

            \(background)

            """ + sections.map { "## \($0)\n\nA short paragraph about \($0.lowercased()).\n" }.joined(separator: "\n")
    }

    static let draft = """
        ---
        title: "Learning brief still being written"
        summary: "A brief that is not published yet."
        published: 2024-06-01
        themes: [transitions]
        anonymised: false
        draft: true
        ---

        ## What happened

        Work in progress.

        """

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-hub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryTheme, to: theme)
        try write("hub.yaml", Self.hubYAML)
        try write("reviews/child-a.md", Self.review)
        try write("briefings/child-a-briefing.md", Self.briefing())
        try write("briefs/work-in-progress.md", Self.draft)
        try write("pages/about.md", "---\ntitle: About this hub\n---\n\nThe hub holds learning.\n")
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ relativePath: String, _ text: String, under folder: URL? = nil) throws {
        let url = (folder ?? content).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Starts a preview of this hub on a free port, runs `body`, and always stops the server.
    func withPreview(liveReloadHold: Duration = .seconds(8),
                     _ body: (PreviewServer, Int) async throws -> Void) async throws {
        let server = try PreviewServer(configuration: PreviewConfiguration(
            contentDirectory: content.path, themeDirectory: theme.path, port: 0,
            pollInterval: .milliseconds(100), liveReloadHold: liveReloadHold))
        do {
            let url = try await server.start()
            guard let port = url.port, url.host == "127.0.0.1" else {
                throw RawHTTP.Failure(description: "unexpected preview URL \(url)")
            }
            try await body(server, port)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        if FileManager.default.fileExists(atPath: server.buildRoot) {
            throw RawHTTP.Failure(description: "the preview builds in \(server.buildRoot) were not removed")
        }
    }

    /// Asks `probe` again every 100 ms until it returns a value, for at most `seconds`.
    static func eventually<T>(within seconds: Double = 15, _ probe: () async throws -> T?) async throws -> T? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let value = try await probe() { return value }
            try await Task.sleep(for: .milliseconds(100))
        } while Date() < deadline
        return nil
    }
}

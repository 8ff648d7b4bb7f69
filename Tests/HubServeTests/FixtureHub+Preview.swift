import Foundation
@testable import HubServe
import HubTestSupport

/// The preview server run over a fixture hub.
extension FixtureHub {
    /// The Test Shire hub with a draft brief (`briefs/work-in-progress.md`), and a copy of the site
    /// theme that tests may edit while the preview runs.
    static func preview() throws -> FixtureHub {
        var files = TestShire.standardFiles
        files["briefs/work-in-progress.md"] = TestShire.brief(
            title: "Learning brief still being written", published: "2024-06-01", themes: ["transitions"],
            extra: "draft: true", body: "## What happened\n\nWork in progress.\n")
        let hub = try FixtureHub.testShire(files)
        try hub.copyDefaultTheme()
        return hub
    }

    /// Starts a preview of this hub on a free port, runs `body`, and always stops the server.
    func withPreview(liveReloadHold: Duration = .seconds(8), limits: PreviewLimits = PreviewLimits(),
                     _ body: (PreviewServer, Int) async throws -> Void) async throws {
        var configuration = PreviewConfiguration(contentDirectory: content.path, themeDirectory: theme.path, port: 0,
                                                 pollInterval: .milliseconds(100), liveReloadHold: liveReloadHold)
        configuration.limits = limits
        let server = try PreviewServer(configuration: configuration)
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
}

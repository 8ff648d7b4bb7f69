import Foundation
import HubModel
import HubSite
import HubTestSupport

/// A fixture hub holding a copy of the repository's sample hub and default site theme, built two
/// ways: incrementally (one output folder, one cache, build after build) and from scratch (a fresh
/// output folder and no cache), so that the two sites can be compared byte for byte.
final class IncrementalHub: FixtureHub, @unchecked Sendable {
    var cache: URL { root.appendingPathComponent(".hub-cache") }
    var today = CalendarDate(year: 2026, month: 1, day: 15)!

    init() throws {
        try super.init(hubYAML: nil)
        try copySampleContent()
        try copyDefaultTheme()
    }

    /// Builds into `output` with the cache.
    func buildIncrementally() -> BuildReport {
        build(into: output, cache: cache.path)
    }

    /// Builds the same hub from scratch into a new folder and returns that folder's files.
    func buildFromScratch() throws -> [String: Data] {
        let fresh = root.appendingPathComponent("scratch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let report = build(into: fresh, cache: nil)
        guard report.succeeded else { throw BuildFailed(diagnostics: report.diagnostics) }
        return Self.files(under: fresh, listingFolders: true)
    }

    /// The files and folders of the incremental output.
    func outputFiles() -> [String: Data] {
        snapshot(listingFolders: true)
    }

    private func build(into folder: URL, cache: String?) -> BuildReport {
        SiteBuilder(options: BuildOptions(contentDirectory: content.path, themeDirectory: theme.path,
                                          outputDirectory: folder.path, load: LoadOptions(today: today),
                                          cacheDirectory: cache)).build()
    }
}

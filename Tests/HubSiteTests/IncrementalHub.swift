import Foundation
import HubModel
import HubSite

/// A copy of the repository's sample hub and default site theme in a temporary folder, built
/// two ways: incrementally (one output folder, one cache, build after build) and from scratch
/// (a fresh output folder and no cache), so that the two sites can be compared byte for byte.
final class IncrementalHub {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var theme: URL { root.appendingPathComponent("theme") }
    var output: URL { root.appendingPathComponent("public") }
    var cache: URL { root.appendingPathComponent(".hub-cache") }
    var today = CalendarDate(year: 2026, month: 1, day: 15)!

    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("content"), to: content)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("themes/default"), to: theme)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Builds into `public/` with the cache.
    func buildIncrementally() -> BuildReport {
        build(into: output, cache: cache.path)
    }

    /// Builds the same hub from scratch into a new folder and returns that folder's files.
    func buildFromScratch() throws -> [String: Data] {
        let fresh = root.appendingPathComponent("scratch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let report = build(into: fresh, cache: nil)
        guard report.succeeded else { throw BuildFailed(diagnostics: report.diagnostics) }
        return Self.files(under: fresh)
    }

    private func build(into folder: URL, cache: String?) -> BuildReport {
        SiteBuilder(options: BuildOptions(contentDirectory: content.path, themeDirectory: theme.path,
                                          outputDirectory: folder.path, load: LoadOptions(today: today),
                                          cacheDirectory: cache)).build()
    }

    struct BuildFailed: Error {
        let diagnostics: [Diagnostic]
    }

    /// Rewrites a file of the hub (or of the theme, for a path starting `theme/`).
    func edit(_ relativePath: String, _ change: (String) -> String) throws {
        let url = relativePath.hasPrefix("theme/")
            ? root.appendingPathComponent(relativePath) : content.appendingPathComponent(relativePath)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit to \(relativePath) changed nothing")
        try Data(changed.utf8).write(to: url)
    }

    func add(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: content.appendingPathComponent(relativePath))
    }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(relativePath))
    }

    /// The inode of an output file: the same inode means the build kept the file rather than wrote it.
    func identity(of relativePath: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(relativePath).path))?[.systemFileNumber]
            .flatMap { ($0 as? NSNumber)?.uint64Value }
    }

    /// The files of the incremental output.
    func outputFiles() -> [String: Data] {
        Self.files(under: output)
    }

    /// Every file under `folder` with its bytes, and every folder (as "path/", with no bytes).
    static func files(under folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let relative = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            files[isDirectory.boolValue ? relative + "/" : relative] = isDirectory.boolValue ? Data() : try? Data(contentsOf: url)
        }
        return files
    }
}

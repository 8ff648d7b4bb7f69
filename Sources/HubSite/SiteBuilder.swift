import HubSupport
import Foundation
import HubModel
import HubRendering
import HubSearch

/// The whole pipeline: load and check the hub, render every page, write the site atomically.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// Called before each file is written, with its path; tests use it to make a build fail midway.
    var beforeWrite: (@Sendable (String) throws -> Void)?

    public init(options: BuildOptions) {
        self.options = options
    }

    /// A cache of loaded documents in `directory`, for callers that keep documents between builds
    /// without the rest of the incremental machinery (the preview server builds into a new folder each time).
    public static func documentCache(in directory: String) -> DocumentCache {
        DocumentCache(directory: directory, environment: GeneratorIdentity.fingerprint)
    }

    /// Loads and checks the hub and the site theme without writing anything.
    public func check() -> (hub: Hub?, theme: SiteTheme?, diagnostics: [Diagnostic]) {
        let (checked, loaded) = loadAndCheck()
        loaded.waitForUpkeep()
        return checked
    }

    /// `check()`, leaving the cache's upkeep running: the caller waits for it on the load result.
    private func loadAndCheck() -> (checked: (hub: Hub?, theme: SiteTheme?, diagnostics: [Diagnostic]), loaded: HubLoadResult) {
        var load = options.load
        if let directory = options.cacheDirectory, load.cache == nil {
            load.cache = Self.documentCache(in: BuildCache(directory: directory).documentsDirectory)
        }
        // The theme is read while the hub loads.
        let themeDirectory = options.themeDirectory
        let theme = BackgroundWork { () -> (SiteTheme?, DiagnosticLog) in
            var log = DiagnosticLog()
            return (SiteTheme.load(directory: themeDirectory, log: &log), log)
        }
        let result = HubLoader(contentDirectory: options.contentDirectory, options: load).loadLeavingUpkeep()
        var log = DiagnosticLog()
        log.append(contentsOf: result.diagnostics)
        // It cannot throw.
        let (loadedTheme, themeLog) = (try? theme.wait()) ?? (nil, DiagnosticLog())
        log.append(contentsOf: themeLog)
        return ((result.hub, loadedTheme, log.sorted), result)
    }

    /// Builds the site. On any error nothing in the output folder changes.
    public func build() -> BuildReport {
        let start = Date()
        if let problem = cacheInsideOutput() { return report(problem, documents: 0, pages: 0, files: 0, since: start) }
        var stages = StageClock()
        // The search index's runs from the last build are read while the hub loads.
        let runStore = options.cacheDirectory.map {
            TokenisedRunStore(directory: BuildCache(directory: $0).searchRunsDirectory, environment: GeneratorIdentity.fingerprint)
                .preloadingLatest()
        }
        // So is the last build's output, checked against the disk.
        let cache = options.cacheDirectory.map(BuildCache.init(directory:))
        let destination = StagedOutput.absolutePath(options.outputDirectory)
        let previousOutput = cache.map { cache in
            BackgroundWork { PreviousOutput.read(manifestAt: cache.manifestPath(for: destination), destination: destination) }
        }
        let (checked, loaded) = loadAndCheck()
        // The cache's upkeep goes on alongside the build, which ends only once it has finished.
        defer { loaded.waitForUpkeep() }
        if !options.freesModel { ProcessLifetime.keep(checked.hub as Any) }
        stages.finish("load and check")
        var log = DiagnosticLog()
        log.append(contentsOf: checked.diagnostics)
        // Waited for even when the build stops here, so that it is not left reading as the process ends.
        let previous = try? previousOutput?.wait()
        guard let hub = checked.hub, let theme = checked.theme, !log.hasErrors else {
            return report(log, documents: 0, pages: 0, files: 0, since: start)
        }
        var staged: StagedOutput?
        do {
            let output = try StagedOutput(destination: options.outputDirectory, previous: previous,
                                          keepsManifest: cache != nil, beforeWrite: beforeWrite)
            staged = output
            // Its records of every file, like the hub, are left for the process's exit to reclaim.
            if !options.freesModel { ProcessLifetime.keep(output) }
            let (rendered, parts) = try writePagesSearchAndFeeds(hub: hub, theme: theme, cache: cache, runStore: runStore,
                                                                 into: output)
            stages.finish("pages, search and feeds", parts: parts)
            for file in theme.staticFiles {
                try output.copy(from: (theme.directory as NSString).appendingPathComponent("static/\(file)"), to: "static/\(file)")
            }
            for asset in hub.assets {
                try output.copy(from: (options.contentDirectory as NSString).appendingPathComponent(asset), to: asset)
            }
            stages.finish("static files and assets")
            try output.commit()
            if let cache {
                // Losing the manifest only costs the next build its reuse, so a failure to save it is not an error.
                try? output.manifest.save(to: cache.manifestPath(for: destination))
            }
            loaded.waitForUpkeep()
            stages.finish("swap into place")
            let files = output.fileCount - rendered.pages
            let published = hub.publicDocuments.count
            var result = report(log, documents: published, pages: rendered.pages, files: files, since: start)
            result.stages = stages.stages
            result.pagesReused = rendered.reused
            result.filesReused = output.reused
            return result
        } catch let error as OutputError {
            staged?.discard()
            log.error(SourceLocation(path: error.path, line: 1, column: 1), error.message, hint: error.hint)
        } catch {
            staged?.discard()
            log.error(SourceLocation(path: options.outputDirectory, line: 1, column: 1),
                      "the site could not be written: \(error.localizedDescription)",
                      hint: "the previous output is unchanged; check the folder's permissions and free space")
        }
        return report(log, documents: 0, pages: 0, files: 0, since: start)
    }

    /// An error if the cache folder is inside the output folder, where it would be published.
    private func cacheInsideOutput() -> DiagnosticLog? {
        guard let cache = options.cacheDirectory else { return nil }
        let output = StagedOutput.absolutePath(options.outputDirectory)
        let folder = StagedOutput.absolutePath(cache)
        guard folder == output || folder.hasPrefix(output + "/") || output.hasPrefix(folder + "/") else { return nil }
        var log = DiagnosticLog()
        log.error(SourceLocation(path: cache, line: 1, column: 1),
                  "the cache folder and the output folder overlap, so the cache would be published or replaced",
                  hint: "keep the cache outside the output folder, e.g. --cache .hub-cache beside --output public")
        return log
    }

    /// The pages, the search index and the feeds, written side by side: each has serial stretches
    /// (the search vocabulary, the tracker page, the catalogue) that the others fill. Returns what the
    /// pages did and the wall time of each of the three.
    private func writePagesSearchAndFeeds(hub: Hub, theme: SiteTheme, cache: BuildCache?, runStore: TokenisedRunStore?,
                                          into output: StagedOutput) throws -> (SiteRenderer.Outcome, [(name: String, seconds: Double)]) {
        let searchIndex = SearchIndexWriter(hub: hub, runStore: runStore)
        let search = BackgroundWork { try searchIndex.write(into: output) }
        let extras = BackgroundWork { [self] in try writeExtras(hub: hub, into: output, keyed: cache != nil) }
        let pagesStart = Date()
        let rendered: SiteRenderer.Outcome
        do {
            let related = cache.map { relatedLearning(of: hub, in: $0) }
            rendered = try SiteRenderer(hub: hub, theme: theme, relatedLearning: related)
                .renderPages(into: output, environment: cache == nil ? nil : GeneratorIdentity.fingerprint,
                             progress: options.load.progress)
        } catch {
            // The other work must stop writing into the staging folder before it is discarded.
            try? search.wait()
            try? extras.wait()
            throw error
        }
        let pagesSeconds = Date().timeIntervalSince(pagesStart)
        let searchOutcome: Result<Void, Error> = Result { try search.wait() }
        let extrasOutcome: Result<Void, Error> = Result { try extras.wait() }
        try searchOutcome.get()
        try extrasOutcome.get()
        return (rendered, [("pages", pagesSeconds), ("search index", search.seconds),
                           ("feeds, sitemap and catalogue", extras.seconds)])
    }

    /// Every document's related learning: kept in `cache` from the last build while nothing it depends on has changed.
    private func relatedLearning(of hub: Hub, in cache: BuildCache) -> [[Int]] {
        let related = RelatedLearning(hub: hub)
        let store = RelatedLearningStore(directory: cache.relatedLearningDirectory)
        var hasher = StableHasher()
        hasher.combine(GeneratorIdentity.fingerprint)
        hasher.combine(related.fingerprint)
        let fingerprint = hasher.finalize()
        if let lists = store.load(matching: fingerprint, documentCount: hub.documents.count) { return lists }
        let lists = related.all()
        // Losing them only costs the next build the walk, so the store ignores a failure to save.
        store.save(lists, fingerprint: fingerprint)
        return lists
    }

    /// Feeds, sitemap and catalogue: kept whole from the previous build when nothing they show
    /// has changed, as their paths are only known by making them.
    private func writeExtras(hub: Hub, into output: StagedOutput, keyed: Bool) throws {
        let extras = SiteExtras(hub: hub)
        guard keyed else {
            for file in try extras.files() { try output.write(file.path, file.data) }
            return
        }
        // One key for the family: each file's content follows from it and the file's own path.
        let key = extras.key(environment: GeneratorIdentity.fingerprint)
        if try output.keepAll(keyedBy: key) != nil { return }
        for file in try extras.files() {
            try output.write(file.path, key: key) { file.data }
        }
    }

    private func report(_ log: DiagnosticLog, documents: Int, pages: Int, files: Int, since start: Date) -> BuildReport {
        BuildReport(diagnostics: log.sorted, documentCount: documents, pageCount: pages, fileCount: files,
                    seconds: Date().timeIntervalSince(start))
    }
}

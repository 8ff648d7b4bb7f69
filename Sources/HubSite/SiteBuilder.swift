import Foundation
import HubCache
import HubModel
import HubRendering
import HubSearch
import HubSupport

/// The whole pipeline: load and check the hub, then write the site, which replaces the previous one
/// only if every step succeeded. The steps, in order (`BuildStep`): read settings, discover, parse,
/// decide publication, validate, render Markdown and scan, assemble the hub (`HubLoader`); then render
/// pages, index search and write extras (side by side), and commit the output.
public struct SiteBuilder: Sendable {
    public private(set) var options: BuildOptions
    /// Called before each file is written, with its path; tests use it to make a build fail midway.
    var beforeWrite: (@Sendable (String) throws -> Void)?

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads and checks the hub (drafts included, though they are never published) and the site theme
    /// without writing anything; `draftCount` is how many documents are drafts.
    /// Unlike a build, it counts a problem in a draft or an embargoed document as an error.
    public func check() -> (hub: Hub?, theme: SiteTheme?, diagnostics: [Diagnostic], draftCount: Int) {
        var strict = self
        strict.options.load.unpublishedProblemsAreErrors = true
        return strict.loadAndCheck()
    }

    private func loadAndCheck() -> (hub: Hub?, theme: SiteTheme?, diagnostics: [Diagnostic], draftCount: Int) {
        let memos = BuildMemos(options: options)
        defer { memos.finish() }
        var clock = StepClock()
        let loaded = load(memos, clock: &clock)
        return (loaded.hub, loaded.theme, loaded.log.sorted, loaded.draftCount)
    }

    /// Builds the site. On any error nothing in the output folder changes.
    ///
    /// The output folder may not hold or lie inside the hub, the theme, the cache or the denylist
    /// (`OutputPlacement`); a build holds its lock (`OutputLock`) throughout, so a second build into
    /// it is refused, and first clears what a killed build of it left (`OutputLeftovers`).
    public func build() -> BuildReport {
        let start = Date()
        if let problems = OutputPlacement(options: options).problems() { return BuildReport(failed: problems, since: start) }
        let destination = OutputFolder.resolvedPath(options.outputDirectory)
        let lock: OutputLock
        do {
            lock = try OutputLock(destination: destination, displayPath: options.outputDirectory)
        } catch {
            return BuildReport(failed: StepFailure(step: .commitOutput, error: error).log(output: options.outputDirectory), since: start)
        }
        defer { lock.release() }
        OutputLeftovers.clear(besides: destination)
        do {
            return try buildOnce(since: start)
        } catch {
            // The cache lost an entry the build had used: the documents it holds are forgotten and the
            // site is built again, which only costs time.
            if let directory = options.cacheDirectory { BuildCache.forgetDocuments(in: directory) }
            return (try? buildOnce(since: start)) ?? BuildReport(failed: DiagnosticLog(), since: start)
        }
    }

    /// Builds the site once; throws `CacheEntryLost` if the cache lost an entry this build used.
    private func buildOnce(since start: Date) throws -> BuildReport {
        let memos = BuildMemos(options: options)
        defer { memos.finish() }
        var clock = StepClock()
        var loaded = load(memos, clock: &clock)
        // Freeing the loaded hub and the cache's records one object at a time took 41 ms of a 0.42 s
        // one-document rebuild of 10,000 documents; a process that ends with the build leaves them to its exit.
        if !options.freesMemory { ProcessLifetime.keep((loaded.hub, memos)) }
        guard let hub = loaded.hub, let theme = loaded.theme, !loaded.log.hasErrors else {
            return BuildReport(failed: loaded.log, since: start)
        }
        do {
            let written = try writeSite(hub, theme: theme, memos: memos, clock: &clock)
            var report = BuildReport(diagnostics: loaded.log.sorted, documentCount: hub.publicDocuments.count,
                                     pageCount: written.pages.pages, fileCount: written.files - written.pages.pages,
                                     seconds: Date().timeIntervalSince(start))
            report.steps = clock.timings
            report.pagesReused = written.pages.reused
            report.filesReused = written.reused
            return report
        } catch let failure as StepFailure {
            if failure.error is CacheEntryLost { throw failure.error }
            loaded.log.append(contentsOf: [failure.diagnostic(output: options.outputDirectory)])
            return BuildReport(failed: loaded.log, since: start)
        }
    }

    /// What the loading steps gave: the hub and the site theme (nil after errors), and every diagnostic.
    private struct Loaded {
        let hub: Hub?
        let theme: SiteTheme?
        var log: DiagnosticLog
        let draftCount: Int
    }

    /// Read settings (the theme is read on another thread meanwhile), discover, parse, decide
    /// publication, validate, render Markdown and scan, assemble the hub.
    private func load(_ memos: BuildMemos, clock: inout StepClock) -> Loaded {
        let themeSource = SiteThemeSource(folder: options.themeDirectory)
        let theme = BackgroundWork { () -> (SiteTheme?, DiagnosticLog) in
            var log = DiagnosticLog()
            log.step = .readSettings
            return (SiteTheme.load(themeSource, log: &log), log)
        }
        let result = HubLoader(contentDirectory: options.contentDirectory, options: options.load).load(memo: memos.documents, attachments: memos.attachments, clock: &clock)
        var log = DiagnosticLog()
        log.append(contentsOf: result.diagnostics)
        // It cannot throw.
        let (loadedTheme, themeLog) = (try? theme.wait()) ?? (nil, DiagnosticLog())
        log.append(contentsOf: themeLog)
        return Loaded(hub: result.hub, theme: loadedTheme, log: log, draftCount: result.draftCount)
    }

    /// What writing the site did.
    private struct Written {
        let pages: SiteRenderer.Outcome
        /// Files written or kept, pages included.
        let files: Int
        /// Files kept from the last build.
        let reused: Int
    }

    /// Stages the output, then renders pages, indexes search and writes extras side by side (each has
    /// serial stretches the others fill), then commits the output; on any failure the staged files are
    /// thrown away.
    private func writeSite(_ hub: Hub, theme: SiteTheme, memos: BuildMemos, clock: inout StepClock) throws -> Written {
        let output = try StepFailure.tagged(.commitOutput) {
            try memos.output(into: try OutputFolder(options.outputDirectory), beforeWrite: beforeWrite)
        }
        if !options.freesMemory { ProcessLifetime.keep(output) }
        do {
            let search = BackgroundWork { try StepFailure.tagged(.indexSearch) { try indexSearch(hub, memos: memos, into: output) } }
            let extras = BackgroundWork { try StepFailure.tagged(.writeExtras) { try writeExtras(hub, theme: theme, into: output) } }
            let pagesStart = Date()
            let pages = Result { try StepFailure.tagged(.renderPages) { try renderPages(hub, theme: theme, memos: memos, into: output) } }
            let pagesSeconds = Date().timeIntervalSince(pagesStart)
            // Each is waited for even after a failure: none may be writing when the staged files are thrown away.
            let (searched, extrasWritten) = (Result { try search.wait() }, Result { try extras.wait() })
            let rendered = try pages.get()
            try searched.get()
            try extrasWritten.get()
            clock.finish(.renderPages, parts: [.init(name: BuildStep.renderPages.rawValue, seconds: pagesSeconds),
                                               .init(name: BuildStep.indexSearch.rawValue, seconds: search.seconds),
                                               .init(name: BuildStep.writeExtras.rawValue, seconds: extras.seconds)])
            try StepFailure.tagged(.commitOutput) { try output.commit() }
            clock.finish(.commitOutput)
            return Written(pages: rendered, files: output.fileCount, reused: output.reusedCount)
        } catch {
            output.discard()
            throw error
        }
    }

    /// Every HTML page, through the site theme.
    private func renderPages(_ hub: Hub, theme: SiteTheme, memos: BuildMemos, into output: any SiteOutput) throws -> SiteRenderer.Outcome {
        let related = memos.relatedLearning.lists(of: RelatedLearning(hub: hub))
        return try SiteRenderer(hub: hub, theme: theme, relatedLearning: related).renderPages(into: output, progress: options.load.progress)
    }

    /// The search index under `search/`.
    private func indexSearch(_ hub: Hub, memos: BuildMemos, into output: any SiteOutput) throws {
        try SearchIndexWriter(hub: hub, memo: memos.searchRuns).write(into: output)
    }

    /// Feeds, sitemap, robots file and catalogue, the site theme's static files and the assets published documents link to.
    private func writeExtras(_ hub: Hub, theme: SiteTheme, into output: any SiteOutput) throws {
        try SiteExtras(hub: hub).write(into: output)
        try theme.writeStaticFiles(into: output)
        let assets = AssetPublisher(contentDirectory: options.contentDirectory)
        for asset in hub.assets {
            try assets.publish(asset, into: output)
        }
    }
}

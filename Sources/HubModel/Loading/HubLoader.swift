import HubSupport
import HubAnonymisation
import Foundation
import HubMarkdown

/// Reads a hub folder into the knowledge-hub model, checking everything and reporting every problem at once.
public struct HubLoader: Sendable {
    /// The content folder, as the user named it (used as the prefix of paths in diagnostics).
    public let contentDirectory: String
    public let options: LoadOptions

    public init(contentDirectory: String, options: LoadOptions = LoadOptions()) {
        self.contentDirectory = contentDirectory
        self.options = options
    }

    /// One Markdown file found in the hub.
    private struct SourceFile: Sendable {
        let kind: DocumentKind
        let relativePath: String
    }

    /// Loads and checks the hub; the cache, if any, is in order when this returns.
    public func load() -> HubLoadResult {
        let result = loadLeavingUpkeep()
        result.waitForUpkeep()
        return result
    }

    /// Loads and checks the hub, leaving the cache's upkeep (pruning it, saving the source index and
    /// the entries' heads) running on another thread: the caller goes on with the hub meanwhile, and
    /// must call `waitForUpkeep()` on the result before the cache is used again or the process ends.
    public func loadLeavingUpkeep() -> HubLoadResult {
        var log = DiagnosticLog()
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.error(SourceLocation(path: contentDirectory, line: 1, column: 1), "the content folder does not exist",
                      hint: "run from the folder that holds 'content/', or pass --content DIR")
            return HubLoadResult(hub: nil, diagnostics: log.sorted)
        }
        let configPath = displayPath("hub.yaml")
        guard let configText = readText("hub.yaml", log: &log) else {
            if !fileManager.fileExists(atPath: fullPath("hub.yaml")) {
                log.error(SourceLocation(path: configPath, line: 1, column: 1), "hub.yaml is missing",
                          hint: "create hub.yaml with the hub's title, base_url, themes and committees")
            }
            return HubLoadResult(hub: nil, diagnostics: log.sorted)
        }
        guard let config = HubConfigParser.parse(configText, path: configPath, log: &log) else {
            return HubLoadResult(hub: nil, diagnostics: log.sorted)
        }

        // Parse every document, in parallel; each file gets its own log.
        let files = sourceFiles(log: &log)
        let parser = DocumentParser(config: config)
        let configKey = config.fingerprint
        let denylistKey = DocumentCache.fingerprint(of: options.denylist)
        options.progress?.documentsFound(files.count)
        let sourceIndex = options.cache.map { SourceIndex.load(from: $0.sourceIndexPath) } ?? SourceIndex()
        let heads = options.cache.map { $0.loadHeads() } ?? DocumentHeads()
        let startedAt = FileStatus.now()
        // Reading waits on the disk when the files are not in memory: more threads than cores keep it busy.
        let parsed: [ParsedFile] = Parallel.mapReadingFiles(files) { file in
            defer { options.progress?.documentParsed() }
            var fileLog = DiagnosticLog()
            let display = displayPath(file.relativePath)
            // Taken before reading: a file changed while it is read gets a new stamp by the next build.
            let stamp = options.cache == nil ? nil : SourceStamp(path: fullPath(file.relativePath))
            if let cache = options.cache, let stamp, let recorded = sourceIndex.entry(of: file.relativePath, stamp: stamp) {
                // Unchanged since it was read: found in the cache without reading it. Its body is
                // read later only if it must be rendered again.
                let key = cache.key(text: recorded.text, sourcePath: file.relativePath, displayPath: display, config: configKey)
                if let entry = cache.entry(for: key, heads: heads) {
                    fileLog.append(contentsOf: entry.parseDiagnostics)
                    return ParsedFile(document: entry.document, log: fileLog, key: key, cached: entry, source: recorded,
                                      isUnread: true)
                }
            }
            guard let text = readText(file.relativePath, log: &fileLog) else { return ParsedFile(log: fileLog) }
            let textKey = options.cache == nil ? nil : DocumentCache.fingerprint(ofText: text)
            var source: SourceIndex.Entry?
            if let stamp, let textKey { source = SourceIndex.Entry(stamp: stamp, text: textKey, readAt: startedAt) }
            let key = textKey.flatMap {
                options.cache?.key(text: $0, sourcePath: file.relativePath, displayPath: display, config: configKey)
            }
            if let key, let entry = options.cache?.entry(for: key, heads: heads),
               let document = Self.restore(entry.document, from: text, displayPath: display) {
                fileLog.append(contentsOf: entry.parseDiagnostics)
                return ParsedFile(document: document, log: fileLog, key: key, cached: entry, source: source)
            }
            var parseLog = DiagnosticLog()
            let document = parser.parse(text, kind: file.kind, sourcePath: file.relativePath,
                                        displayPath: display, log: &parseLog)
            fileLog.append(contentsOf: parseLog)
            // An entry only where there is a cache to keep it in.
            let entry = key == nil ? nil : document.map { CachedDocument(document: $0, parseDiagnostics: parseLog.diagnostics, rendering: nil) }
            return ParsedFile(document: document, log: fileLog, key: key, cached: entry, source: source, isNew: true)
        }
        var documents: [Document] = []
        documents.reserveCapacity(files.count)
        // The file of each document (its index in `files` and `parsed`), by which its parse is found again.
        var documentFiles: [Int] = []
        documentFiles.reserveCapacity(files.count)
        // Files that failed to parse have had their errors reported; links to them and
        // references to them are not reported again as missing.
        var failedFiles: [SourceFile] = []
        var unreadCount = 0
        // Each result is read in place (copying one whole costs a reference count per field).
        for index in files.indices {
            log.append(contentsOf: parsed[index].log)
            if let document = parsed[index].document {
                documents.append(document)
                documentFiles.append(index)
            } else {
                failedFiles.append(files[index])
            }
            if parsed[index].isUnread { unreadCount += 1 }
        }
        // Side work that nothing below reads: saving the source index and, at the end, pruning the cache
        // and saving the entries' heads, done on another thread while this one goes on.
        let upkeep = DispatchGroup()
        // Every file found by its recorded stamp, and no other: the index would be saved as it is.
        if let cache = options.cache, unreadCount != files.count || sourceIndex.entries.count != files.count {
            DispatchQueue.global(qos: .userInitiated).async(group: upkeep) { [parsed] in
                var sources: [String: SourceIndex.Entry] = [:]
                sources.reserveCapacity(files.count)
                for index in files.indices { sources[files[index].relativePath] = parsed[index].source }
                SourceIndex(entries: sources).save(to: cache.sourceIndexPath)
            }
        }
        let failedSlugs = Set(failedFiles.filter { $0.kind == .review }.map { Slug.fromFile($0.relativePath) })

        // Decide what is published, then check the hub as a whole.
        let today = options.today
        let states = documents.map { $0.publicationState(on: today) }
        let isIncluded = states.map { $0.isVisible || (options.includeDrafts && $0 == .draft) }
        let includedIndices = documents.indices.filter { isIncluded[$0] }
        let included = includedIndices.map { documents[$0] }
        HubValidator.checkSlugs(included, log: &log)
        HubValidator.checkAttestation(zip(documents, states).filter { $1 == .notAttested }.map(\.0), log: &log)
        let includedPaths = Set(included.map(\.sourcePath))
        // Documents that will not be rendered are cached as parsed; the rest once rendered. The heads
        // of what this build stores stand for any earlier heads of those entries.
        var written: [DocumentHeads.Record] = []
        if let cache = options.cache {
            for (document, file) in zip(documents.indices, documentFiles) where !isIncluded[document] && parsed[file].isNew {
                if let key = parsed[file].key, let entry = parsed[file].cached { written.append(cache.store(entry, for: key)) }
            }
        }
        HubValidator.checkSourceReviews(included, all: documents, includedPaths: includedPaths,
                                        unparsedReviewSlugs: failedSlugs, log: &log, today: today)

        // Render Markdown with links rewritten, in parallel.
        var targets: [String: LinkResolver.Target] = [:]
        targets.reserveCapacity(documents.count + failedFiles.count)
        for index in documents.indices {
            targets[documents[index].sourcePath] = LinkResolver.Target(
                sitePath: documents[index].sitePath, state: states[index], included: isIncluded[index])
        }
        for file in failedFiles {
            targets[file.relativePath] = LinkResolver.Target(sitePath: file.relativePath, state: .published, included: true)
        }
        let resolver = LinkResolver(targets: targets, assetFiles: assetFiles(log: &log))
        let renderer = MarkdownRenderer()
        let anonymisation = AnonymisationCheck(scanner: IdentifierScanner(denylist: options.denylist))
        // Each document with its checks, the files it uses, and the head of its cache entry if this build stored it.
        let rendered: [(Document, DiagnosticLog, Set<String>, DocumentHeads.Record?)] = Parallel.map(includedIndices) { index in
            let document = documents[index]
            let state = states[index]
            let file = documentFiles[index]
            // Found in the cache without reading the file: the fingerprint of its text, to check it against when it is read.
            let unreadText = parsed[file].isUnread ? parsed[file].source?.text : nil
            let cached = parsed[file].key.flatMap { key in parsed[file].cached.map { (key: key, entry: $0) } }
            if let cache = options.cache, let cached, let rendering = cached.entry.rendering,
               rendering.context == cache.renderingContext(document, state: state, links: rendering.content.links,
                                                           resolver: resolver, denylist: denylistKey) {
                var result = document
                let cached = rendering.content
                // The same body and the same answers to every link: rendering again gives the same HTML
                // and text. Only the text that was checked may be published.
                let renderAgain: @Sendable () -> RenderedMarkdown? = {
                    var ignoredLog = DiagnosticLog()
                    var ignoredAssets: Set<String> = []
                    var body = document.body
                    if let unreadText {
                        guard let read = self.readBody(of: document, expecting: unreadText) else { return nil }
                        body = read.body
                    }
                    return renderer.render(body) { link in
                        resolver.resolve(link, in: document, log: &ignoredLog, assetsUsed: &ignoredAssets)
                    }
                }
                // The text is read from the entry's file when asked for; should the file have gone, it is made again.
                let storedText = rendering.text
                result.content = RenderedMarkdown(headings: cached.headings, links: cached.links, wordCount: cached.wordCount,
                                                  plainText: { storedText?.read() ?? renderAgain()?.plainText ?? "" },
                                                  renderHTML: { renderAgain()?.html ?? Self.changedNotice })
                result.contentFingerprint = rendering.contentFingerprint
                var documentLog = DiagnosticLog()
                documentLog.append(contentsOf: rendering.diagnostics)
                return (result, documentLog, Set(rendering.assets), nil)
            }
            var documentLog = DiagnosticLog()
            var assets: Set<String> = []
            // The file is read now if the cache stood in for it: its text must be the one recorded.
            var current = document
            if let unreadText {
                guard let read = readBody(of: current, expecting: unreadText) else {
                    documentLog.error(SourceLocation(path: current.displayPath, line: 1, column: 1),
                                      "the file changed while the site was being built", hint: "build the site again")
                    return (current, documentLog, [], nil)
                }
                current = read
            }
            var result = current
            result.content = renderer.render(current.body) { link in
                resolver.resolve(link, in: current, log: &documentLog, assetsUsed: &assets)
            }
            result.contentFingerprint = Document.fingerprint(frontMatter: current.frontMatterText, html: result.content.html)
            if let report = current.review?.reportAsset {
                if resolver.assetFiles.contains(report) {
                    assets.insert(report)
                } else if AssetPath.isSafe(report) {
                    documentLog.error(current.location(of: "report"),
                                      "the report '\(report)' does not exist", hint: "add the PDF under assets/ or correct the path")
                }
            }
            HubValidator.checkStructure(result, log: &documentLog)
            anonymisation.check(current, severity: state.isVisible ? .error : .warning, log: &documentLog)
            // A withdrawn document's text is not published, so neither are the files it links to.
            if state == .withdrawn { assets.removeAll() }
            // Errors are not kept: some name near matches among every document, which change as the hub does.
            if let cache = options.cache, var entry = cached?.entry, let key = cached?.key, !documentLog.hasErrors {
                entry.rendering = CachedRendering(
                    context: cache.renderingContext(current, state: state, links: result.content.links,
                                                    resolver: resolver, denylist: denylistKey),
                    content: result.content, contentFingerprint: result.contentFingerprint,
                    diagnostics: documentLog.diagnostics, assets: assets.sorted())
                return (result, documentLog, assets, cache.store(entry, for: key))
            }
            return (result, documentLog, assets, nil)
        }
        var assetsUsed: Set<String> = []
        var finished: [Document] = []
        finished.reserveCapacity(rendered.count)
        for (document, documentLog, assets, record) in rendered {
            if let record { written.append(record) }
            log.append(contentsOf: documentLog)
            assetsUsed.formUnion(assets)
            finished.append(document)
        }
        if let cache = options.cache {
            DispatchQueue.global(qos: .userInitiated).async(group: upkeep) { [parsed, written] in
                let keys = Set(parsed.compactMap { $0.cached == nil ? nil : $0.key })
                cache.prune(keeping: keys)
                cache.saveHeads(of: keys, reusing: heads, written: written)
            }
        }
        // Freeing ten thousand parsed files takes a while: done on another thread.
        BackgroundRelease.release(consume parsed, in: upkeep)
        if log.hasErrors {
            return HubLoadResult(hub: nil, diagnostics: log.sorted, upkeep: upkeep)
        }
        let hub = Hub(config: config, today: today, documents: finished, assets: Array(assetsUsed))
        return HubLoadResult(hub: hub, diagnostics: log.sorted, upkeep: upkeep)
    }

    /// One Markdown file read and parsed, or found in the cache.
    private struct ParsedFile: Sendable {
        var document: Document?
        var log: DiagnosticLog
        var key: Fingerprint?
        var cached: CachedDocument?
        /// The file's stamp and text fingerprint, for the next build's source index.
        var source: SourceIndex.Entry?
        /// Parsed in this build rather than found in the cache.
        var isNew = false
        /// Found in the cache by its unchanged stamp: its body and front matter were not read.
        var isUnread = false

        init(document: Document? = nil, log: DiagnosticLog, key: Fingerprint? = nil, cached: CachedDocument? = nil,
             source: SourceIndex.Entry? = nil, isNew: Bool = false, isUnread: Bool = false) {
            self.document = document
            self.log = log
            self.key = key
            self.cached = cached
            self.source = source
            self.isNew = isNew
            self.isUnread = isUnread
        }
    }

    /// Shown instead of a document's body if its file changed between the checks and the rendering of
    /// its page: the changed text was not checked, so it is not published. The next build checks it.
    static let changedNotice = "<p>This document changed while the site was being built: build the site again.</p>\n"

    /// `document` with the body and front matter of its file, read now, if the file's text still has
    /// the fingerprint `expected` (that of the text the cached document was made from); else nil.
    private func readBody(of document: Document, expecting expected: Fingerprint) -> Document? {
        var ignored = DiagnosticLog()
        guard let text = readText(document.sourcePath, log: &ignored), DocumentCache.fingerprint(ofText: text) == expected else {
            return nil
        }
        return Self.restore(document, from: text, displayPath: document.displayPath)
    }

    /// A cached document with its body and front matter cut again from the source `text`.
    private static func restore(_ cached: Document, from text: String, displayPath: String) -> Document? {
        var ignored = DiagnosticLog()
        guard let split = FrontMatterSplitter.split(text, path: displayPath, log: &ignored) else { return nil }
        var document = cached
        document.body = split.body
        document.frontMatterText = split.yaml
        return document
    }

    private func fullPath(_ relative: String) -> String {
        (contentDirectory as NSString).appendingPathComponent(relative)
    }

    private func displayPath(_ relative: String) -> String {
        contentDirectory == "." ? relative : fullPath(relative)
    }

    private func readText(_ relative: String, log: inout DiagnosticLog) -> String? {
        guard let bytes = PlainFile.read(fullPath(relative)) else {
            if FileManager.default.fileExists(atPath: fullPath(relative)) {
                log.error(SourceLocation(path: displayPath(relative), line: 1, column: 1), "the file cannot be read",
                          hint: "check its permissions")
            }
            return nil
        }
        return SourceText.decode(bytes, path: displayPath(relative), log: &log)
    }

    /// The Markdown files of each document folder, sorted; other files are reported and skipped.
    private func sourceFiles(log: inout DiagnosticLog) -> [SourceFile] {
        var files: [SourceFile] = []
        for kind in DocumentKind.allCases {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: fullPath(kind.folder))) ?? []
            let types = DirectoryEntryTypes(folder: fullPath(kind.folder))
            for name in names.sorted() where !name.hasPrefix(".") {
                let relative = "\(kind.folder)/\(name)"
                if types.isDirectory(name, path: fullPath(relative)) {
                    log.warning(SourceLocation(path: displayPath(relative), line: 1, column: 1),
                                "the folder '\(name)' is not read: documents must be directly in \(kind.folder)/",
                                hint: "move its documents up into \(kind.folder)/")
                } else if name.hasSuffix(".md") {
                    files.append(SourceFile(kind: kind, relativePath: relative))
                } else {
                    log.warning(SourceLocation(path: displayPath(relative), line: 1, column: 1),
                                "'\(name)' is not a Markdown file and is ignored",
                                hint: "documents end in .md; put PDFs and images under assets/")
                }
            }
        }
        return files
    }

    /// Every regular file under `assets/`, relative to the content folder. A link (symbolic link)
    /// that leads outside `assets/` is reported and left out, so it cannot publish another file.
    private func assetFiles(log: inout DiagnosticLog) -> Set<String> {
        let root = fullPath("assets")
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path + "/"
        var files: Set<String> = []
        while let relative = enumerator.nextObject() as? String {
            let path = (root as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard URL(fileURLWithPath: path).resolvingSymlinksInPath().path.hasPrefix(realRoot) else {
                log.error(SourceLocation(path: displayPath("assets/" + relative), line: 1, column: 1),
                          "this asset is a link to a file outside assets/, so it is not published",
                          hint: "copy the file itself into assets/")
                continue
            }
            files.insert("assets/" + relative)
        }
        return files
    }
}

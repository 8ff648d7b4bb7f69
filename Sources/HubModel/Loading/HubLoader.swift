import HubAnonymisation
import HubSupport

/// Reads a hub folder into the knowledge-hub model, checking everything and reporting every problem
/// at once: the loading steps of a build, one after another.
public struct HubLoader: Sendable {
    public let folder: HubFolder
    public let options: LoadOptions

    public init(contentDirectory: String, options: LoadOptions = LoadOptions()) {
        folder = HubFolder(path: contentDirectory)
        self.options = options
    }

    /// The content folder, as the user named it (the prefix of paths in diagnostics).
    public var contentDirectory: String { folder.path }

    /// Loads and checks the hub; `memo` remembers documents between builds (a build's cache).
    public func load(memo: any DocumentMemo = NoDocumentMemo()) -> HubLoadResult {
        var clock = StepClock()
        return load(memo: memo, clock: &clock)
    }

    /// Loads and checks the hub, timing each step on `clock`: read settings, discover, parse, decide
    /// publication, validate, render Markdown and scan, assemble the hub.
    public func load(memo: any DocumentMemo, clock: inout StepClock) -> HubLoadResult {
        var log = DiagnosticLog()
        log.step = .readSettings
        guard let config = folder.readConfig(log: &log) else { return HubLoadResult(hub: nil, diagnostics: log.sorted) }
        clock.finish(.readSettings)

        log.step = .discover
        let discovery = Discovery(folder: folder)
        let files = discovery.documentFiles(log: &log)
        let assetFiles = discovery.assetFiles(log: &log)
        clock.finish(.discover)

        log.step = .parse
        let parsed = ParseStep(folder: folder, parser: DocumentParser(config: config), memo: memo, progress: options.progress)
            .parse(files)
        for file in parsed { log.append(contentsOf: file.log) }
        clock.finish(.parse)

        log.step = .decidePublication
        let documents = PublicationStep(today: options.today, includeDrafts: options.includeDrafts).decide(parsed)
        let included = documents.filter(\.isIncluded)
        clock.finish(.decidePublication)

        log.step = .validate
        let unparsed = parsed.filter { $0.metadata == nil }.map(\.file)
        HubValidator.check(documents, unparsed: unparsed, today: options.today, log: &log)
        clock.finish(.validate)

        log.step = .renderAndScan
        let resolver = LinkResolver(documents: documents, unparsed: unparsed, assetFiles: assetFiles)
        let rendered = RenderStep(folder: folder, memo: memo, resolver: resolver,
                                  anonymisation: AnonymisationCheck(scanner: IdentifierScanner(denylist: options.denylist)),
                                  denylist: options.denylist.fingerprint).render(included)
        for document in rendered { log.append(contentsOf: document.log) }
        let assets = Array(Set(rendered.flatMap(\.assets)))
        log.append(contentsOf: AssetCheck(folder: folder).check(assets))
        memo.loadingFinished(parsed)
        clock.finish(.renderAndScan)

        log.step = .assemble
        guard !log.hasErrors else { return HubLoadResult(hub: nil, diagnostics: log.sorted) }
        let hub = Hub(config: config, today: options.today,
                      documents: zip(included, rendered).map { Document(metadata: $0.metadata, content: $1.content) },
                      assets: assets)
        clock.finish(.assemble)
        return HubLoadResult(hub: hub, diagnostics: log.sorted)
    }
}

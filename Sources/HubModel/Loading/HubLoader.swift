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

    /// Loads and checks the hub; `memo` remembers documents between builds (a build's cache), `attachments` the PDFs scanned.
    public func load(memo: any DocumentMemo = NoDocumentMemo(), attachments: any AttachmentMemo = NoAttachmentMemo()) -> HubLoadResult {
        var clock = StepClock()
        return load(memo: memo, attachments: attachments, clock: &clock)
    }

    /// Loads and checks the hub, timing each step on `clock`: read settings, discover, parse, decide
    /// publication, validate, render Markdown and scan, scan attachments, assemble the hub.
    public func load(memo: any DocumentMemo, attachments: any AttachmentMemo = NoAttachmentMemo(),
                     clock: inout StepClock) -> HubLoadResult {
        var log = DiagnosticLog()
        log.step = .readSettings
        guard let config = folder.readConfig(log: &log) else { return HubLoadResult(hub: nil, diagnostics: log.sorted, draftCount: 0) }
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
        let scanner = IdentifierScanner(denylist: options.denylist, pseudonyms: Pseudonyms(config.pseudonyms))
        let settings = scanSettings(config)
        let anonymisation = AnonymisationCheck(scanner: scanner, tally: ScanTally())
        let rendered = RenderStep(folder: folder, memo: memo, resolver: LinkResolver(documents: documents, unparsed: unparsed, assetFiles: assetFiles), anonymisation: anonymisation,
                                  scanSettings: settings).render(included)
        for document in rendered { log.append(contentsOf: document.log) }
        SettingsScan(scanner: scanner).check(config, folder: folder, log: &log)
        let assets = Array(Set(rendered.flatMap(\.assets)))
        log.append(contentsOf: AssetCheck(folder: folder).check(assets))
        let unpublished = Self.unpublished(documents, damaged: parsed, today: options.today)
        check(unpublished, with: RenderStep(folder: folder, memo: memo, resolver: Self.resolverForUnpublished(documents, unparsed: unparsed, assetFiles: assetFiles),
                                            anonymisation: anonymisation, scanSettings: settings), log: &log)
        memo.loadingFinished(parsed)
        clock.finish(.renderAndScan, parts: [.init(name: "identifier scan (CPU)", seconds: anonymisation.tally.seconds)])

        log.step = .scanAttachments
        AttachmentStep(folder: folder, scanner: PDFScanner(scanner: scanner), memo: attachments, settings: settings)
            .scan(Array(zip(included, rendered)), log: &log)
        clock.finish(.scanAttachments)

        log.step = .assemble
        let drafts = unpublished.filter { $0.state == .draft }.count
        guard !log.hasErrors else { return HubLoadResult(hub: nil, diagnostics: log.sorted, draftCount: drafts) }
        let hub = Hub(config: config, today: options.today,
                      documents: zip(included, rendered).map { Document(metadata: $0.metadata, content: $1.content) },
                      assets: assets)
        clock.finish(.assemble)
        return HubLoadResult(hub: hub, diagnostics: log.sorted, draftCount: drafts)
    }

    /// Checks documents that will not be on the site; their problems are errors or, for a build, warnings.
    /// The step (and its link resolver over every document) is made only when there is something to check.
    private func check(_ unpublished: [ParsedDocument], with step: @autoclosure () -> RenderStep, log: inout DiagnosticLog) {
        guard !unpublished.isEmpty else { return }
        for found in step().check(unpublished) {
            log.append(contentsOf: options.unpublishedProblemsAreErrors ? found.diagnostics : found.diagnostics.map(\.asWarning))
        }
    }

    /// The documents that will not be on the site but are checked all the same, as far as their text can
    /// be read: drafts, embargoed documents, those not attested, and those whose front matter has errors.
    static func unpublished(_ documents: [ParsedDocument], damaged files: [ParsedFile], today: CalendarDate) -> [ParsedDocument] {
        documents.filter { !$0.isIncluded } + files.compactMap { file in
            guard let metadata = file.damaged, let source = file.source else { return nil }
            return ParsedDocument(metadata: metadata, source: source, state: metadata.publicationState(on: today),
                                  isIncluded: false, memoNote: nil)
        }
    }

    /// Links from a document that will not be on the site are checked as if every draft and embargoed
    /// document were: that is where it will be read (a preview, or the site once it is published).
    static func resolverForUnpublished(_ documents: [ParsedDocument], unparsed: [SourceFile], assetFiles: Set<String>) -> LinkResolver {
        let asPreviewed = documents.map { document in
            var unfinished = document.state == .draft
            if case .embargoed = document.state { unfinished = true }
            return ParsedDocument(metadata: document.metadata, source: document.source, state: document.state,
                                  isIncluded: document.isIncluded || unfinished, memoNote: document.memoNote)
        }
        return LinkResolver(documents: asPreviewed, unparsed: unparsed, assetFiles: assetFiles)
    }

    /// Stands for what the identifier scan depends on besides a text: the denylist and the hub's pseudonyms.
    private func scanSettings(_ config: HubConfig) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(options.denylist.fingerprint)
        hasher.combine(config.pseudonyms.count)
        for name in config.pseudonyms { hasher.combine(name) }
        return hasher.finalize()
    }
}

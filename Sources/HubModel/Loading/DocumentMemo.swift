import HubSupport

/// What a build may remember of its documents from earlier builds, so that it reads, parses, renders
/// and checks again only the documents that changed.
///
/// The parse and render steps hand their work to the memo, which returns what it remembers or does the
/// work and remembers it. `NoDocumentMemo` remembers nothing (a build without a cache); the cache's
/// `DocumentCache` keeps what it remembers on disk. Either way the steps read the same.
public protocol DocumentMemo: Sendable {
    /// The parse of `file`: remembered, or made by `parse` from the text that `read` gives. `settings`
    /// stands for the hub's settings the parse depends on (`HubConfig.fingerprint`). The memo may note
    /// what it needs later in the parsed file's `memoNote`.
    func parse(_ file: SourceFile, settings: Fingerprint, read: () -> SourceRead, parse: (String) -> ParsedFile) -> ParsedFile

    /// The rendering of `document`: remembered while `inputs` are as they were, or made by `render`.
    func render(_ document: ParsedDocument, inputs: RenderingInputs, render: () -> RenderedDocument) -> RenderedDocument

    /// Loading is over (`files` are every file parsed, with the memo's notes): what the memo keeps for
    /// the next build may be saved, on another thread.
    func loadingFinished(_ files: [ParsedFile])
}

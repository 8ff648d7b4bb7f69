import HubSupport

/// The memo of a build without a cache: every file is read, parsed and rendered.
public struct NoDocumentMemo: DocumentMemo {
    public init() {}

    public func parse(_ file: SourceFile, settings: Fingerprint, read: () -> SourceRead, parse: (String) -> ParsedFile) -> ParsedFile {
        let read = read()
        guard let text = read.text else { return ParsedFile(file: file, metadata: nil, source: nil, log: read.log) }
        return parse(text)
    }

    public func render(_ document: ParsedDocument, inputs: RenderingInputs, render: () -> RenderedDocument) -> RenderedDocument {
        render()
    }

    public func loadingFinished(_ files: [ParsedFile]) {}
}

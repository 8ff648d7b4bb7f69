import HubSupport

/// The parse step: every source file read and its front matter parsed and checked, in parallel, each
/// through the document memo (which may know an unchanged file without reading it).
struct ParseStep: Sendable {
    let folder: HubFolder
    let parser: DocumentParser
    let memo: any DocumentMemo
    let progress: BuildProgress?

    func parse(_ files: [SourceFile]) -> [ParsedFile] {
        progress?.documentsFound(files.count)
        let settings = parser.config.fingerprint
        // Reading waits on the disk when the files are not in memory: more threads than cores keep it busy.
        return Parallel.mapReadingFiles(files) { file in
            defer { progress?.documentParsed() }
            return memo.parse(file, settings: settings, read: { read(file) }, parse: { parse($0, of: file) })
        }
    }

    private func read(_ file: SourceFile) -> SourceRead {
        var log = DiagnosticLog()
        let text = folder.readText(file.relativePath, log: &log)
        return SourceRead(text: text, log: log)
    }

    private func parse(_ text: String, of file: SourceFile) -> ParsedFile {
        var log = DiagnosticLog()
        switch parser.outcome(text, kind: file.kind, sourcePath: file.relativePath, displayPath: file.displayPath, log: &log) {
        case .parsed(let metadata, let text):
            return ParsedFile(file: file, metadata: metadata, source: .text(text), log: log)
        case .damaged(let metadata, let text):
            return ParsedFile(file: file, metadata: nil, source: .text(text), log: log, damaged: metadata)
        case .unreadable:
            return ParsedFile(file: file, metadata: nil, source: nil, log: log)
        }
    }
}

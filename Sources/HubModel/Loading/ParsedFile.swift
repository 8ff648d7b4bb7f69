/// One source file after the parse step: its document (nil if it could not be parsed), its text,
/// and what parsing it found wrong.
public struct ParsedFile: Sendable {
    public let file: SourceFile
    public let metadata: DocumentMetadata?
    /// Nil when the file could not be read.
    public let source: DocumentSource?
    public let log: DiagnosticLog
    /// What the document memo noted of the file, handed back to it with the document (`ParsedDocument`)
    /// and when loading is over; nil for a memo that notes nothing.
    public let memoNote: (any Sendable)?
    /// For a file whose front matter has errors (`metadata` nil) but whose body could be told from it:
    /// what could be read of it, so that its text is checked too (never published).
    public let damaged: DocumentMetadata?

    public init(file: SourceFile, metadata: DocumentMetadata?, source: DocumentSource?, log: DiagnosticLog,
                memoNote: (any Sendable)? = nil, damaged: DocumentMetadata? = nil) {
        self.damaged = damaged
        self.file = file
        self.metadata = metadata
        self.source = source
        self.log = log
        self.memoNote = memoNote
    }
}

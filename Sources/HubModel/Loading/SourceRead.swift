/// A source file's text as read, or nil with the reason in `log`.
public struct SourceRead: Sendable {
    public let text: String?
    public let log: DiagnosticLog

    public init(text: String?, log: DiagnosticLog) {
        self.text = text
        self.log = log
    }
}

/// What the render step made of one document: its rendered body, what checking it found and the
/// asset files its page links to.
public struct RenderedDocument: Sendable {
    public let content: DocumentContent
    public let log: DiagnosticLog
    /// Under `assets/`, relative to the content folder; none for a withdrawn document.
    public let assets: [String]

    public init(content: DocumentContent, log: DiagnosticLog, assets: [String]) {
        self.content = content
        self.log = log
        self.assets = assets
    }
}

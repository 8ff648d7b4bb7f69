import HubModel

/// What the preview server has to show: the latest site, or why the latest build failed.
enum PreviewState: Sendable {
    /// The first build has not finished yet.
    case starting
    /// The latest build succeeded; its site is in `siteDirectory`.
    case ready(siteDirectory: String)
    /// The latest build failed. Pages show the diagnostics; other files come from the last good build, if any.
    case failed(diagnostics: [Diagnostic], lastGoodDirectory: String?)
}

import HubModel

/// What importing one file wrote and found.
public struct ImportResult: Sendable {
    /// The new Markdown file, under the content folder as the user named it.
    public let documentPath: String
    public let title: String
    /// Pictures and the full report written under `assets/`.
    public let assetPaths: [String]
    /// The identifier check of the new file (and any other diagnostic of it), located in it.
    public let diagnostics: [Diagnostic]
    /// For a briefing: the usual sections it lacks.
    public let missingSections: [String]
    /// What was changed or left out.
    public let notes: [String]
}

/// What loading a hub produced: the model (when there were no errors) and every diagnostic.
public struct HubLoadResult: Sendable {
    /// Nil when any error was found.
    public let hub: Hub?
    /// Errors and warnings, ordered by file and line.
    public let diagnostics: [Diagnostic]
    /// How many documents are drafts (checked, never published).
    public let draftCount: Int

    init(hub: Hub?, diagnostics: [Diagnostic], draftCount: Int) {
        self.hub = hub
        self.draftCount = draftCount
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

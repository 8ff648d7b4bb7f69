/// What loading a hub produced: the model (when there were no errors) and every diagnostic.
public struct HubLoadResult: Sendable {
    /// Nil when any error was found.
    public let hub: Hub?
    /// Errors and warnings, ordered by file and line.
    public let diagnostics: [Diagnostic]

    init(hub: Hub?, diagnostics: [Diagnostic]) {
        self.hub = hub
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

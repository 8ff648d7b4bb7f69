import Dispatch

/// What loading a hub produced: the model (when there were no errors) and every diagnostic.
public struct HubLoadResult: Sendable {
    /// Nil when any error was found.
    public let hub: Hub?
    /// Errors and warnings, ordered by file and line.
    public let diagnostics: [Diagnostic]
    /// The cache's upkeep (pruning it, saving what the next build reads first), which may still be
    /// running after `HubLoader.loadLeavingUpkeep()` returns.
    private let upkeep: DispatchGroup?

    init(hub: Hub?, diagnostics: [Diagnostic], upkeep: DispatchGroup? = nil) {
        self.hub = hub
        self.diagnostics = diagnostics
        self.upkeep = upkeep
    }

    /// Waits for the cache's upkeep to finish: before the cache is used again or the process ends.
    public func waitForUpkeep() {
        upkeep?.wait()
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

@testable import HubModel

extension DiagnosticLog {
    /// The errors whose message contains `text`.
    func errors(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.severity == .error && $0.message.contains(text) }
    }
}

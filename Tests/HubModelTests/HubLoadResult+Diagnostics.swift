@testable import HubModel

extension HubLoadResult {
    /// The diagnostics whose message contains `text`.
    func diagnostics(containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains(text) }
    }
}

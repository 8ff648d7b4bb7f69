import HubModel

/// A build that a test needed to succeed failed, with these diagnostics.
struct BuildFailed: Error {
    let diagnostics: [Diagnostic]
}

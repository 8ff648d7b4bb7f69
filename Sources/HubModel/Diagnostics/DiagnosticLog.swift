/// Collects the diagnostics of one file or one whole run, so that every problem is reported together.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// The diagnostics ordered by file, line and column, errors before warnings at the same place.
    public var sorted: [Diagnostic] {
        diagnostics.sorted {
            ($0.location.path, $0.location.line, $0.location.column, $0.severity == .error ? 0 : 1)
                < ($1.location.path, $1.location.line, $1.location.column, $1.severity == .error ? 0 : 1)
        }
    }
}

/// Collects the diagnostics of one file or one whole run, so that every problem is reported together.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    /// The step of the build now running: diagnostics logged or added without a step are tagged with it.
    public var step: BuildStep?

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        append(Diagnostic(.error, at: location, message, hint: hint))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        append(contentsOf: other.diagnostics)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        guard let step, other.contains(where: { $0.step == nil }) else { return diagnostics.append(contentsOf: other) }
        diagnostics.append(contentsOf: other.map { $0.step == nil ? $0.tagged(step) : $0 })
    }

    /// Takes out the diagnostics `shouldRemove` picks.
    public mutating func remove(where shouldRemove: (Diagnostic) -> Bool) {
        diagnostics.removeAll(where: shouldRemove)
    }

    private mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(step.map(diagnostic.tagged) ?? diagnostic)
    }

    /// The diagnostics ordered by file, line and column, errors before warnings at the same place.
    public var sorted: [Diagnostic] {
        diagnostics.sorted {
            ($0.location.path, $0.location.line, $0.location.column, $0.severity == .error ? 0 : 1)
                < ($1.location.path, $1.location.line, $1.location.column, $1.severity == .error ? 0 : 1)
        }
    }
}

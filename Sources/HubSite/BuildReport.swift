import Foundation
import HubModel

/// What a build did, or why it did nothing.
public struct BuildReport: Sendable {
    /// Every error and warning, ordered by file and line.
    public let diagnostics: [Diagnostic]
    /// Documents published (0 when the build failed).
    public let documentCount: Int
    /// HTML pages written.
    public let pageCount: Int
    /// Other files written: search data, theme files, assets.
    public let fileCount: Int
    public let seconds: Double
    /// Pages kept from the previous build because nothing they show changed (incremental builds).
    public var pagesReused = 0
    /// Files of every kind linked from the previous build instead of written again.
    public var filesReused = 0
    /// How long each step took, in order.
    public var steps: [StepTiming] = []

    /// A build that stopped with the errors in `log`.
    init(failed log: DiagnosticLog, since start: Date) {
        self.init(diagnostics: log.sorted, documentCount: 0, pageCount: 0, fileCount: 0, seconds: Date().timeIntervalSince(start))
    }

    init(diagnostics: [Diagnostic], documentCount: Int, pageCount: Int, fileCount: Int, seconds: Double) {
        self.diagnostics = diagnostics
        self.documentCount = documentCount
        self.pageCount = pageCount
        self.fileCount = fileCount
        self.seconds = seconds
    }

    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

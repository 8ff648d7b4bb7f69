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
    /// Each stage, in order (loading and checking, pages and search index, files, swap).
    public var stages: [Stage] = []

    /// How long one stage of a build took.
    public struct Stage: Sendable {
        public let name: String
        /// Wall time.
        public let seconds: Double
        /// CPU time of all the build's threads: near `seconds` times the number of cores when the stage keeps them busy.
        public let cpuSeconds: Double
        /// Work that ran side by side within the stage (the pages and the search index), with the wall time of each.
        public let parts: [Part]

        /// One of the pieces of work that ran side by side within a stage.
        public struct Part: Sendable {
            public let name: String
            public let seconds: Double
        }
    }

    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// How long one step of a build took.
public struct StepTiming: Sendable {
    public let step: BuildStep
    /// Wall time.
    public let seconds: Double
    /// CPU time of all the build's threads: near `seconds` times the number of cores when the step keeps them busy.
    public let cpuSeconds: Double
    /// Work that ran side by side within the step (the pages, the search index and the extras), with the wall time of each.
    public let parts: [Part]

    /// One of the pieces of work that ran side by side within a step.
    public struct Part: Sendable {
        public let name: String
        public let seconds: Double

        public init(name: String, seconds: Double) {
            self.name = name
            self.seconds = seconds
        }
    }
}

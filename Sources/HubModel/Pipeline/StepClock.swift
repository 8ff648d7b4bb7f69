import Foundation

/// Times the steps of a build, one after another: wall time, and the CPU time of all the process's
/// threads, which shows how well a step keeps every core busy.
public struct StepClock: Sendable {
    public private(set) var timings: [StepTiming] = []
    private var last = Date()
    private var lastCPU = StepClock.processCPUSeconds()

    public init() {}

    /// Ends `step`; `parts` are the wall times of work that ran side by side within it.
    public mutating func finish(_ step: BuildStep, parts: [StepTiming.Part] = []) {
        let now = Date()
        let cpu = Self.processCPUSeconds()
        timings.append(StepTiming(step: step, seconds: now.timeIntervalSince(last), cpuSeconds: cpu - lastCPU, parts: parts))
        last = now
        lastCPU = cpu
    }

    /// User and system CPU time used so far by every thread of this process.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        guard getrusage(Int32(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

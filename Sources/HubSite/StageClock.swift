import Foundation

/// Times the stages of a build, one after another: wall time, and the CPU time of all the
/// process's threads, which shows how well a stage keeps every core busy.
struct StageClock {
    private(set) var stages: [BuildReport.Stage] = []
    private var last = Date()
    private var lastCPU = StageClock.processCPUSeconds()

    /// Ends the stage called `name`; `parts` are the wall times of work that ran side by side within it.
    mutating func finish(_ name: String, parts: [(name: String, seconds: Double)] = []) {
        let now = Date()
        let cpu = Self.processCPUSeconds()
        stages.append(BuildReport.Stage(name: name, seconds: now.timeIntervalSince(last), cpuSeconds: cpu - lastCPU,
                                        parts: parts.map { BuildReport.Stage.Part(name: $0.name, seconds: $0.seconds) }))
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

import Foundation

/// Times the stages of a build, one after another.
struct StageClock {
    private(set) var stages: [(name: String, seconds: Double)] = []
    private var last = Date()

    mutating func finish(_ name: String) {
        let now = Date()
        stages.append((name, now.timeIntervalSince(last)))
        last = now
    }
}

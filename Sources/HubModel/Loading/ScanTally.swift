import Foundation

/// Adds up, across threads, the time the identifier scan took: its share of a build, for `--timings`.
final class ScanTally: @unchecked Sendable {
    private let lock = NSLock()
    private var total: UInt64 = 0

    func add(nanoseconds: UInt64) {
        lock.lock()
        total &+= nanoseconds
        lock.unlock()
    }

    /// The time taken, summed over every thread that scanned.
    var seconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return Double(total) / 1e9
    }
}

import Foundation

/// Adds up, across threads, the CPU time the identifier scan took: its share of a build, for `--timings`.
final class ScanTally: @unchecked Sendable {
    private let lock = NSLock()
    private var total: UInt64 = 0

    /// The CPU time of the calling thread so far, in nanoseconds.
    static func threadTime() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    func add(nanoseconds: UInt64) {
        lock.lock()
        total &+= nanoseconds
        lock.unlock()
    }

    /// The CPU time taken, summed over every thread that scanned.
    var seconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return Double(total) / 1e9
    }
}

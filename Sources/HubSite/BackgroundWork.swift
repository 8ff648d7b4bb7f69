import Foundation

/// Work started on another thread now and waited for later, so that independent stages of a build (the pages,
/// the search index, the feeds) can share the cores: each has serial stretches the others fill.
final class BackgroundWork: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals `done`, read only after `wait` has seen the signal.
    private var failure: Error?
    private(set) var seconds: Double = 0

    /// Starts `work` at once on a global queue.
    init(_ work: @escaping @Sendable () throws -> Void) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let start = Date()
            do { try work() } catch { failure = error }
            seconds = Date().timeIntervalSince(start)
            done.signal()
        }
    }

    /// Blocks until the work has finished; rethrows its error. Call it once.
    func wait() throws {
        done.wait()
        if let failure { throw failure }
    }
}

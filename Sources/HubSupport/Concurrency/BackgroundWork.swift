import Foundation

/// Work started on another thread now and waited for later, so that independent stages of a build (the pages,
/// the search index, the feeds; reading the last build's output while the hub loads) can share the cores:
/// each has serial stretches the others fill.
public final class BackgroundWork<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals `done`, read only after `wait` has seen the signal.
    private var outcome: Result<Value, Error>?
    public private(set) var seconds: Double = 0

    /// Starts `work` at once on a global queue.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let start = Date()
            outcome = Result { try work() }
            seconds = Date().timeIntervalSince(start)
            done.signal()
        }
    }

    /// Blocks until the work has finished; returns its value or rethrows its error. Call it once.
    public func wait() throws -> Value {
        done.wait()
        return try outcome!.get()
    }
}

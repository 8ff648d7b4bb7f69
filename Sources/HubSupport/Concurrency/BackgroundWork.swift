import Foundation

/// Work started on another thread now and waited for later, so that independent stages of a build (the pages,
/// the search index, the feeds; reading the last build's output while the hub loads) can share the cores:
/// each has serial stretches the others fill.
public final class BackgroundWork<Value>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the worker before it leaves `done`, read only after waiting on it.
    private var outcome: Result<Value, Error>?
    public private(set) var seconds: Double = 0

    /// Starts `work` at once on a global queue.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let start = Date()
            outcome = Result { try work() }
            seconds = Date().timeIntervalSince(start)
            done.leave()
        }
    }

    /// Blocks until the work has finished; returns its value or rethrows its error.
    public func wait() throws -> Value {
        done.wait()
        return try outcome!.get()
    }
}

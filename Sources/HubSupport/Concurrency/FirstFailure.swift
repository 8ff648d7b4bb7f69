import Foundation

/// The first error thrown by work that cannot throw itself (a closure run on several threads), kept
/// to be rethrown once the work is over.
public final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    // Read and written only under `lock`.
    private var error: Error?

    public init() {}

    /// Keeps `error` unless an earlier one is kept.
    public func record(_ error: Error) {
        lock.withLock {
            if self.error == nil { self.error = error }
        }
    }

    /// Rethrows the error kept, if any.
    public func rethrow() throws {
        if let error = lock.withLock({ error }) { throw error }
    }
}

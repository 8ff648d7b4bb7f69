/// The time allowed for a piece of work ran out.
struct DeadlinePassed: Error {}

/// Runs `work`, cancelling it and throwing `DeadlinePassed` if it has not finished within `limit`.
/// The preview's socket reads and writes end promptly when cancelled.
func withDeadline<T: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw DeadlinePassed() }
        return value
    }
}

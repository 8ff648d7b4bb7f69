import Foundation

/// Asks `probe` again every 100 ms until it returns a value, for at most `seconds`.
func eventually<T>(within seconds: Double = 15, _ probe: () async throws -> T?) async throws -> T? {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
        if let value = try await probe() { return value }
        try await Task.sleep(for: .milliseconds(100))
    } while Date() < deadline
    return nil
}

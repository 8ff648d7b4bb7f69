import Foundation

/// Values kept alive until the process exits, so that freeing them does not cost time the exit would
/// spend anyway (see `BuildOptions.freesMemory`).
enum ProcessLifetime {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) {
        lock.withLock { values.append(value) }
    }
}

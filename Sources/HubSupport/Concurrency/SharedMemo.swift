import Foundation

/// Values made once and shared by the threads that render pages: list entries by document and
/// folder depth, the site header and footer by section and depth.
///
/// Two threads asking for the same missing key may both make it; either result is kept, as both are the same.
public final class SharedMemo<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    public init() {}

    /// The value for `key`, made with `make` the first time.
    public func value(for key: Key, make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = make()
        lock.withLock { values[key] = value }
        return value
    }
}

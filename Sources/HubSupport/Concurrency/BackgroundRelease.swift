import Foundation

/// Lets large values go on another thread: freeing ten thousand documents' worth of strings and
/// arrays takes a core tens of milliseconds, which the thread that built them need not wait for.
public enum BackgroundRelease {
    /// Takes `value` and frees it on another thread, as part of `group` (so that a caller that waits
    /// for the group knows it is done).
    public static func release<Value: Sendable>(_ value: consuming Value, in group: DispatchGroup) {
        // The closure holds the only reference once this function returns, and is let go on the thread that ran it.
        DispatchQueue.global(qos: .utility).async(group: group) { [value] in
            withExtendedLifetime(value) {}
        }
    }
}

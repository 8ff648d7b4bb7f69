import Foundation

/// A text at hand, or kept elsewhere and read the first time it is asked for; safe to read from
/// several threads.
///
/// Most of an incremental build never needs the HTML or plain text of an unchanged document (its
/// page and search text are kept from the last build), so the cache hands them over unread.
public final class DeferredText: @unchecked Sendable {
    private let lock = NSLock()
    // Read and written only under `lock`.
    private var text: String?
    private var loader: (any TextLoader)?

    /// A text at hand.
    public init(_ text: String) {
        self.text = text
    }

    /// A text that `loader` reads when it is first asked for.
    public init(loading loader: any TextLoader) {
        self.loader = loader
    }

    /// The text, read now if it was not at hand; rethrows the loader's error (and asks it again next time).
    public func value() throws -> String {
        try lock.withLock {
            if let text { return text }
            let loaded = try loader?.load() ?? ""
            text = loaded
            loader = nil
            return loaded
        }
    }
}

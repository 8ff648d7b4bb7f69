import HubSupport

/// The plain text or the HTML of a cached rendering: at hand, or left in the entry's file and read
/// only when asked for (most builds need only changed documents' text and HTML).
enum CachedText: Sendable, Equatable {
    case text(String)
    case stored(StoredText)

    /// Its length in UTF-8 bytes, as stored.
    var length: Int {
        switch self {
        case .text(let text): return text.utf8.count
        case .stored(let stored): return stored.length
        }
    }

    /// The text as a `DeferredText`, read from the file when first asked for.
    var deferred: DeferredText {
        switch self {
        case .text(let text): return DeferredText(text)
        case .stored(let stored): return DeferredText(loading: stored)
        }
    }

    /// The text, read now if it is stored; nil if the file no longer holds it.
    func read() -> String? {
        switch self {
        case .text(let text): return text
        case .stored(let stored): return try? stored.load()
        }
    }
}

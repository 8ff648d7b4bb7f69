import Foundation

/// A text given, or made once on first use and then kept; safe to read from several threads.
final class LazyText: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    private var make: (@Sendable () -> String)?

    init(_ text: String) {
        self.text = text
    }

    init(_ make: @escaping @Sendable () -> String) {
        self.make = make
    }

    var value: String {
        lock.lock()
        defer { lock.unlock() }
        if let text { return text }
        let made = make?() ?? ""
        text = made
        make = nil
        return made
    }
}

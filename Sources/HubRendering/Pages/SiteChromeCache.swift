import Foundation

/// The site header and footer by section and folder depth, shared by the threads that render pages.
final class SiteChromeCache: @unchecked Sendable {
    private struct Key: Hashable {
        let section: String
        let depth: Int
    }

    private let lock = NSLock()
    private var entries: [Key: SiteChrome] = [:]

    /// The chrome of pages in `section` (the first folder of their path) at `depth`, made with `make` the first time.
    func chrome(section: String, depth: Int, make: () -> SiteChrome) -> SiteChrome {
        let key = Key(section: section, depth: depth)
        if let cached = lock.withLock({ entries[key] }) { return cached }
        let chrome = make()
        lock.withLock { entries[key] = chrome }
        return chrome
    }
}

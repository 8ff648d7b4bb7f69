import Foundation

/// Rendered list entries by document and folder depth, shared by the threads that render pages.
///
/// A document appears in many lists (its themes, committee, year, type, related learning); its
/// entry differs only with the depth of the page's folder, as every link is relative.
final class ListItemCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int: String] = [:]

    /// The entry for `document` at `depth`, rendering it with `render` the first time.
    func html(document: Int, depth: Int, render: () -> String) -> String {
        let key = document &* 64 &+ min(depth, 63)
        lock.lock()
        if let cached = entries[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let html = render()
        lock.lock()
        entries[key] = html
        lock.unlock()
        return html
    }
}

import Foundation

/// List entries by document and folder depth, shared by the threads that render pages.
///
/// A document appears in many lists (its themes, committee, year, type, related learning); its
/// entry differs only with the depth of the page's folder, as every link is relative. The entry
/// is built and its `document-item` HTML rendered once per depth, then reused by every list.
final class ListItemCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int: DocumentSummaryView] = [:]

    /// The entry for `document` at `depth`, made with `make` the first time.
    func entry(document: Int, depth: Int, make: () -> DocumentSummaryView) -> DocumentSummaryView {
        let key = document &* 64 &+ min(depth, 63)
        if let cached = lock.withLock({ entries[key] }) { return cached }
        let entry = make()
        lock.withLock { entries[key] = entry }
        return entry
    }
}

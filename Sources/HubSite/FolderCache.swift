import Foundation

/// Remembers which output folders exist; safe to use from several threads.
final class FolderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Set<String> = []

    /// Creates `folder` (and its parents) unless this cache has already seen it.
    func ensure(_ folder: URL) throws {
        let path = folder.path
        lock.lock()
        let known = made.contains(path)
        lock.unlock()
        if known { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        lock.lock()
        made.insert(path)
        lock.unlock()
    }
}

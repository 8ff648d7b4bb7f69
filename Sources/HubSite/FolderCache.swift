import Foundation

/// Remembers which output folders exist; safe to use from several threads.
final class FolderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Set<String> = []

    /// Creates the folder that holds the file at `path` (and its parents) unless this cache has already seen it.
    func ensure(parentOf path: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        try ensure(folder: String(path[..<slash]))
    }

    /// Creates `path` (and its parents) unless this cache has already seen it.
    func ensure(folder path: String) throws {
        lock.lock()
        let known = made.contains(path)
        lock.unlock()
        if known { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        lock.lock()
        made.insert(path)
        lock.unlock()
    }
}

import Foundation

/// Folders already made during a build, so each is made once however many files go into it.
public final class FolderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Set<String> = []

    public init() {}

    /// Creates the folder that holds the file at `path` (and its parents) unless this cache has already seen it.
    public func ensure(parentOf path: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        try ensure(folder: String(path[..<slash]))
    }

    /// Creates `path` (and its parents) unless this cache has already seen it.
    public func ensure(folder path: String) throws {
        if lock.withLock({ made.contains(path) }) { return }
        try Self.makeFolder(path)
        lock.withLock { _ = made.insert(path) }
    }

    /// `mkdir -p` with one system call for a folder whose parent exists, which is nearly every folder of a
    /// site: `FileManager.createDirectory` looked at the path first, a second call for each of 10,000 pages.
    private static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o777) == 0 { return }
        let failure = errno
        if failure == EEXIST, Self.isFolder(path) { return }
        if failure == ENOENT, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.startIndex {
            try makeFolder(String(path[..<slash]))
            if mkdir(path, 0o777) == 0 || (errno == EEXIST && Self.isFolder(path)) { return }
        }
        // Foundation's error names the path and the reason, as before.
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}

import Foundation

/// What `stat` says of a path: what kind of thing is there, its inode, size and times.
public struct FileStatus: Sendable {
    public enum Kind: Sendable {
        case file, folder, other
    }

    public let kind: Kind
    public let inode: UInt64
    public let size: Int64
    /// Modification and change times, in nanoseconds since 1970.
    public let modified: Int64
    public let changed: Int64

    /// The status of `path`, following a symbolic link to what it points at when `followingLinks`;
    /// nil if there is nothing there.
    public init?(path: String, followingLinks: Bool) {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        default: kind = .other
        }
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = Self.nanoseconds(status.st_mtim)
        changed = Self.nanoseconds(status.st_ctim)
    }

    /// Whether `path` is a symbolic link.
    public static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// Now, in nanoseconds since 1970, as file times are given.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

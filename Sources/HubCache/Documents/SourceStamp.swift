import HubSupport

/// What `stat` says of a source file: if none of it changed, neither did the file's content.
///
/// The change time (ctime) is part of it: no editor or tool can set it back, so even a same-size
/// edit whose modification time was restored is noticed.
struct SourceStamp: Sendable, Equatable {
    var inode: UInt64
    var size: Int64
    /// Modification and change times, in nanoseconds since 1970.
    var modified: Int64
    var changed: Int64

    init(inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// The stamp of the regular file at `path` (following a symbolic link, as reading it does), or nil.
    init?(path: String) {
        guard let status = FileStatus(path: path, followingLinks: true), status.kind == .file else { return nil }
        self.init(inode: status.inode, size: status.size, modified: status.modified, changed: status.changed)
    }

    /// File times are kept to the kernel's clock tick, so a file written again soon after it was
    /// read may keep its stamp. A stamp is trusted only if the file had not been touched for this
    /// long when it was read (as git treats "racily clean" files).
    static let settleTime: Int64 = 2_000_000_000

    /// Whether the file had settled before `time` (nanoseconds since 1970), when it was read.
    func settled(before time: Int64) -> Bool {
        modified < time - Self.settleTime && changed < time - Self.settleTime
    }
}

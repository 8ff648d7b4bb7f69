import HubSupport
import HubModel

/// A regular file's inode, size and modification time: if any differs, the file was replaced or edited.
struct FileIdentity: Sendable, Equatable {
    var inode: UInt64
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64

    init(inode: UInt64, size: Int64, modified: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
    }

    /// The identity of the regular file at `path` (symbolic links are not followed), or nil.
    init?(path: String) {
        guard let status = FileStatus(path: path, followingLinks: false), status.kind == .file else { return nil }
        self.init(inode: status.inode, size: status.size, modified: status.modified)
    }

    /// The modification time of the folder at `path`, in nanoseconds, or nil if it is not a folder.
    static func folderTime(_ path: String) -> Int64? {
        guard let status = FileStatus(path: path, followingLinks: false), status.kind == .folder else { return nil }
        return status.modified
    }
}

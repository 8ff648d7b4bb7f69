import Foundation

/// The files under some folders with their modification time, size and inode: two snapshots
/// differ when a file was added, removed, edited or replaced.
struct FolderSnapshot: Sendable, Equatable {
    struct Stamp: Sendable, Equatable {
        let modified: Double
        let size: UInt64
        let inode: UInt64
    }

    /// Keyed by full path.
    private(set) var files: [String: Stamp] = [:]

    /// Scans `folders` recursively. Hidden files and folders (`.git`, editor swap files such as
    /// `.child-a.md.swp`) and backup files ending in `~` are skipped; a missing folder is empty.
    static func take(of folders: [String]) -> FolderSnapshot {
        var snapshot = FolderSnapshot()
        let fileManager = FileManager.default
        for folder in folders {
            let root = URL(fileURLWithPath: folder)
            guard let enumerator = fileManager.enumerator(
                at: root, includingPropertiesForKeys: [.isDirectoryKey],
                options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                let name = url.lastPathComponent
                if name.hasSuffix("~") { continue }
                let path = url.path
                guard let attributes = try? fileManager.attributesOfItem(atPath: path),
                      (attributes[.type] as? FileAttributeType) != .typeDirectory else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? 0
                let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
                let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
                snapshot.files[path] = Stamp(modified: modified, size: size, inode: inode)
            }
        }
        return snapshot
    }
}

import Foundation

/// What the folder listing itself says each entry is, so that listing a folder of ten thousand
/// documents does not take a `stat` call per file.
public struct DirectoryEntryTypes {
    private var types: [String: UInt8] = [:]

    /// Reads the entries of `folder`; an unreadable folder gives no types, and every question is then
    /// answered by `stat`.
    public init(folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            types[name] = entry.pointee.d_type
        }
    }

    /// Whether the entry `name`, at `path`, is a symbolic link (the listing says so; only a file
    /// system that does not say is asked).
    public func isLink(_ name: String, path: String) -> Bool {
        switch types[name].map(Int32.init) {
        case Int32(DT_LNK): return true
        case Int32(DT_UNKNOWN), nil: return FileStatus.isLink(path)
        default: return false
        }
    }

    /// Whether the entry `name`, at `path`, is a folder, following a symbolic link as
    /// `FileManager.fileExists(atPath:isDirectory:)` does.
    public func isDirectory(_ name: String, path: String) -> Bool {
        switch types[name].map(Int32.init) {
        case Int32(DT_REG): return false
        case Int32(DT_DIR): return true
        default:
            // A symbolic link, or a file system that does not say: ask.
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}

import Foundation

/// Paths as the file system finally resolves them, with every symbolic link and `..` followed, so
/// that two names of one folder compare equal however each was reached.
public enum RealPath {
    /// `path` (relative to the working folder, or absolute) with every link resolved. A path that does
    /// not exist yet is resolved as far as it exists, and a link that leads nowhere is followed to
    /// where it points, so the answer is where a folder made at `path` would be.
    public static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return resolve(absolute, hops: 0)
    }

    /// Whether the resolved paths show `inner` to be `outer` or inside it; also when a folder above
    /// `inner` is `outer` under another name (a bind mount, a case-insensitive file system).
    public static func isWithin(_ inner: String, _ outer: String) -> Bool {
        let (inner, outer) = (resolve(inner), resolve(outer))
        if inner == outer || outer == "/" || inner.hasPrefix(outer + "/") { return true }
        guard let target = FileIdentityKey(path: outer) else { return false }
        var ancestor = inner
        while true {
            if FileIdentityKey(path: ancestor) == target { return true }
            let up = (ancestor as NSString).deletingLastPathComponent
            guard up != ancestor, !up.isEmpty else { return false }
            ancestor = up
        }
    }

    private static func resolve(_ path: String, hops: Int) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        // A link that leads nowhere (yet): follow it, at most as many times as the system would.
        if hops < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            let next = target.hasPrefix("/") ? target : (path as NSString).deletingLastPathComponent + "/" + target
            return resolve(next, hops: hops + 1)
        }
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard !parent.isEmpty, parent != path else { return path }
        let base = resolve(parent, hops: hops)
        switch name {
        case "", ".": return base
        case "..": return (base as NSString).deletingLastPathComponent
        default: return base == "/" ? "/" + name : base + "/" + name
        }
    }
}

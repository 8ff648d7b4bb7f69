import Foundation

/// The preview's own folder under the system's temporary folder, where its builds (drafts
/// included) are written: made new with mode 0700, so that no other user can read it, and holding
/// a lock for as long as the server runs. The server removes it when it stops; a folder whose lock
/// nobody holds was left by a server that was killed, and the next server to start removes it.
final class PrivateBuildFolder: @unchecked Sendable {
    /// The start of every such folder's name, followed by the process id and a random part.
    static let prefix = "learning-hub-preview-"
    /// The lock file inside the folder.
    static let lockName = ".lock"

    let path: String
    private var lock: Int32

    /// Makes the folder at `path`, which must not exist yet (so it cannot be someone else's), and takes its lock.
    init(creating path: String) throws {
        guard mkdir(path, 0o700) == 0 else {
            throw PreviewError("cannot make the preview's private folder '\(path)': \(String(cString: strerror(errno)))")
        }
        // mkdir's mode is narrowed by the umask, never widened: set it exactly.
        chmod(path, 0o700)
        self.path = path
        lock = open((path as NSString).appendingPathComponent(Self.lockName), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if lock >= 0 { _ = flock(lock, LOCK_EX | LOCK_NB) }
    }

    /// A new folder's path under the temporary folder, for this process.
    static func newPath() -> String {
        let name = "\(prefix)\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        return FileManager.default.temporaryDirectory.appendingPathComponent(name).path
    }

    /// Removes the folder and everything in it, then releases the lock.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
        if lock >= 0 { close(lock) }
        lock = -1
    }

    /// Removes this user's preview folders whose server is gone: their lock is free, or (a folder
    /// from before there was a lock) their process no longer exists.
    static func removeAbandoned() {
        let temporary = FileManager.default.temporaryDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let folder = temporary.appendingPathComponent(name).path
            var status = stat()
            guard lstat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == getuid(),
                  isAbandoned(folder, name: name) else { continue }
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    private static func isAbandoned(_ folder: String, name: String) -> Bool {
        let descriptor = open((folder as NSString).appendingPathComponent(lockName), O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        if descriptor >= 0 {
            defer { close(descriptor) }
            return flock(descriptor, LOCK_EX | LOCK_NB) == 0
        }
        let parts = name.dropFirst(prefix.count).split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let pid = Int32(parts[0]), pid > 0 else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}

import Foundation

/// The lock a build holds on its output folder from before it reads the previous output until it has
/// put the new one in place, so that two builds into one folder never both write it: the second is
/// told plainly that another is running.
///
/// It is a `flock` on a file beside the output folder (`.public.lock` for `public`), which the system
/// releases when the process ends, however it ends; the file is removed on release, and a file left by a
/// killed build is taken over by the next.
public final class OutputLock: @unchecked Sendable {
    /// The lock file.
    public let path: String
    private var descriptor: Int32

    /// Takes the lock of the output folder `destination` (real and absolute), making the folder that
    /// holds it if need be; throws an `OutputError` naming `displayPath` if another build holds it.
    public init(destination: String, displayPath: String) throws {
        let url = URL(fileURLWithPath: destination)
        let parent = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        path = (parent as NSString).appendingPathComponent(".\(url.lastPathComponent).lock")
        descriptor = -1
        // The file may be removed by the build that held it between our open and our flock: then
        // the lock taken is on a file no longer there, and it is taken again on the new one.
        for _ in 0..<100 {
            let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard opened >= 0 else {
                throw OutputError(path: displayPath, message: "cannot make the lock file '\(path)': \(String(cString: strerror(errno)))",
                                  hint: "check the permissions of the folder that holds the output folder")
            }
            guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
                let holder = Self.holder(of: opened)
                close(opened)
                throw OutputError(path: displayPath,
                                  message: "another learning-hub build\(holder.map { " (process \($0))" } ?? "") is writing to this output folder",
                                  hint: "wait for it to finish, then build again; two builds into one folder would overwrite each other")
            }
            if FileIdentityKey(descriptor: opened) == FileIdentityKey(path: path) {
                descriptor = opened
                let text = "\(getpid())\n"
                ftruncate(opened, 0)
                _ = text.withCString { pwrite(opened, $0, strlen($0), 0) }
                return
            }
            close(opened)
        }
        throw OutputError(path: displayPath, message: "cannot take the lock of this output folder", hint: "try again")
    }

    /// Removes the lock file and releases the lock; called by `deinit` if not before.
    public func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// The process id the holder wrote into the lock file, if it can be read.
    private static func holder(of descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

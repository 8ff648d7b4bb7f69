import Foundation

/// Writes whole files with plain POSIX calls.
///
/// Foundation's `Data.write(to:)` calls `fsync` after every file, which made writing a site of
/// tens of thousands of files wait on the disk for most of a build. A build does not need each
/// file on the platter: it needs the site swapped in whole, which renaming does.
public enum PlainFile {
    /// Creates or truncates the file at `path` and writes `data` to it.
    public static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw error(path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error(path)
                }
                offset += written
            }
        }
    }

    private static func error(_ path: String) -> CocoaError {
        let code: CocoaError.Code = errno == ENOSPC ? .fileWriteOutOfSpace
            : (errno == EACCES || errno == EPERM) ? .fileWriteNoPermission : .fileWriteUnknown
        return CocoaError(code, userInfo: [NSFilePathErrorKey: path,
                                           NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(errno)))"])
    }
}

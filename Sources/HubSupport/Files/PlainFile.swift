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

    /// The bytes of the file at `path`, read with one `read` call for most files; nil if it cannot be read.
    ///
    /// `FileManager.contents(atPath:)` gives `Data`, which every caller then copied again into an array.
    public static func read(_ path: String) -> [UInt8]? {
        withOpenFile(path) { descriptor, size in
            // One byte more than the size, so that a file that has not grown is read to its end in one call.
            var capacity = size + 1
            var bytes: [UInt8] = []
            while true {
                // Keep what was read before the buffer grew.
                guard let read = fill(descriptor, capacity: capacity, keeping: bytes, at: nil) else { return nil }
                bytes = read
                if bytes.count < capacity { return bytes }
                capacity *= 2
            }
        }
    }

    /// At most the first `limit` bytes of the file at `path`, and the file's size; nil if it cannot be read.
    public static func read(_ path: String, limit: Int) -> (bytes: [UInt8], fileSize: Int)? {
        read(path, limit: limit, at: 0)
    }

    /// At most `limit` bytes of the file at `path` from `offset`, and the file's size; nil if it cannot be read.
    public static func read(_ path: String, limit: Int, at offset: Int) -> (bytes: [UInt8], fileSize: Int)? {
        withOpenFile(path) { descriptor, size in
            fill(descriptor, capacity: max(0, min(limit, size - offset)), keeping: [], at: offset).map { ($0, size) }
        }
    }

    /// Calls `body` with the file at `path` open for reading and its size; nil if it cannot be opened.
    private static func withOpenFile<T>(_ path: String, _ body: (Int32, Int) -> T?) -> T? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return body(descriptor, max(Int(status.st_size), 0))
    }

    /// `kept` followed by what reading `descriptor` gives until `capacity` bytes or its end (from `offset`
    /// with `pread`, or from where it is); nil if reading fails.
    private static func fill(_ descriptor: Int32, capacity: Int, keeping kept: [UInt8], at offset: Int?) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = kept.count
            if count > 0 { buffer.baseAddress!.initialize(from: kept, count: count) }
            while count < capacity {
                let got = offset.map { pread(descriptor, buffer.baseAddress! + count, capacity - count, off_t($0 + count)) }
                    ?? Foundation.read(descriptor, buffer.baseAddress! + count, capacity - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if got == 0 { return }
                count += got
            }
        }
        return failed ? nil : bytes
    }

    private static func error(_ path: String) -> CocoaError {
        let code: CocoaError.Code = errno == ENOSPC ? .fileWriteOutOfSpace
            : (errno == EACCES || errno == EPERM) ? .fileWriteNoPermission : .fileWriteUnknown
        return CocoaError(code, userInfo: [NSFilePathErrorKey: path,
                                           NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(errno)))"])
    }
}

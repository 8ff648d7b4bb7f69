import Foundation
import HubSupport

/// `length` bytes at `offset` of a cache entry's file, which must still be `fileSize` bytes long.
struct StoredText: TextLoader, Equatable {
    let path: String
    let offset: Int
    let length: Int
    let fileSize: Int

    /// What a build reports when the cache lost part of an entry it had already used.
    struct Lost: LocalizedError {
        let path: String
        var errorDescription: String? {
            "the cache entry \(path) changed while the site was being built; build again (deleting the cache folder only costs time)"
        }
    }

    func load() throws -> String {
        guard let read = PlainFile.read(path, limit: length, at: offset), read.fileSize == fileSize, read.bytes.count == length else {
            throw Lost(path: path)
        }
        return String(decoding: read.bytes, as: UTF8.self)
    }
}

import HubSupport

/// `length` bytes at `offset` of a cache entry's file, which must still be `fileSize` bytes long.
struct StoredText: TextLoader, Equatable {
    let path: String
    let offset: Int
    let length: Int
    let fileSize: Int

    func load() throws -> String {
        guard let read = PlainFile.read(path, limit: length, at: offset), read.fileSize == fileSize, read.bytes.count == length else {
            throw CacheEntryLost(path: path)
        }
        return String(decoding: read.bytes, as: UTF8.self)
    }
}

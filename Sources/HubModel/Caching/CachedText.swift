import HubSupport
import Foundation

/// The plain text of a cached rendering: read with its entry, or left at the end of the entry's
/// file and read only when asked for (most builds never need the text of an unchanged document).
enum CachedText: Codable, Sendable, Equatable {
    case text(String)
    /// `length` bytes at `offset` of the file at `path`, which must then end there.
    case stored(path: String, offset: Int, length: Int)

    /// The text, or nil if the file no longer holds it.
    func read() -> String? {
        switch self {
        case .text(let text):
            return text
        case .stored(let path, let offset, let length):
            guard let read = PlainFile.read(path, limit: length, at: offset),
                  read.fileSize == offset + length, read.bytes.count == length else { return nil }
            return String(decoding: read.bytes, as: UTF8.self)
        }
    }
}

import HubSupport
import Foundation
import HubModel

/// What the last successful build wrote into an output folder: for each file, the key it was
/// written under and the file's identity on disk, so the next build can reuse unchanged files.
///
/// A file is reused only when its key matches and the file on disk is still the one this
/// generator wrote (same inode, size and modification time), so hand edits to the output are
/// never kept. Each folder's modification time is kept too: a folder whose time has moved has had
/// something added by hand, which the next build removes.
struct OutputManifest: Sendable {
    struct Entry: Sendable, Equatable {
        /// Either a fingerprint of the file's inputs or of its bytes, as the writer chose.
        var key: Fingerprint
        var file: FileIdentity
    }

    static let formatVersion = 3

    /// The output folder, as an absolute path.
    var destination: String
    var entries: [String: Entry]
    /// Every folder of the site ("" is the output folder itself) and its modification time in nanoseconds.
    var folders: [String: Int64] = [:]

    private static let magic = Array("LHOUT\(formatVersion)\n".utf8)

    /// The manifest stored at `path`, or nil if there is none or it is unreadable or for another folder.
    static func load(from path: String, destination: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: path), data.starts(with: magic) else { return nil }
        return data.dropFirst(magic.count).withUnsafeBytes { bytes -> OutputManifest? in
            var reader = BinaryReader(bytes)
            guard let stored = try? reader.string(), stored == destination,
                  let list = try? reader.array({ reader -> (String, Entry) in
                      let path = try reader.string()
                      let key = try reader.fingerprint()
                      let file = FileIdentity(inode: UInt64(UInt(bitPattern: try reader.int())), size: Int64(try reader.int()),
                                              modified: Int64(try reader.int()))
                      return (path, Entry(key: key, file: file))
                  }),
                  let folders = try? reader.array({ reader in (try reader.string(), Int64(try reader.int())) }),
                  reader.isAtEnd else { return nil }
            return OutputManifest(destination: destination, entries: Dictionary(list, uniquingKeysWith: { first, _ in first }),
                                  folders: Dictionary(folders, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// Saves the manifest, atomically, so a build interrupted while saving leaves no half file.
    /// (A small binary form: as JSON, reading and writing it was a tenth of an incremental build.)
    func save(to path: String) throws {
        var writer = BinaryWriter()
        writer.string(destination)
        writer.array(Array(entries)) { writer, item in
            writer.string(item.key)
            writer.fingerprint(item.value.key)
            writer.int(Int(bitPattern: UInt(item.value.file.inode)))
            writer.int(Int(item.value.file.size))
            writer.int(Int(item.value.file.modified))
        }
        writer.array(Array(folders)) { writer, folder in
            writer.string(folder.key)
            writer.int(Int(folder.value))
        }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(Self.magic + writer.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

import Foundation
import HubModel

/// What the last successful build wrote into an output folder: for each file, the key it was
/// written under and the file's identity on disk, so the next build can reuse unchanged files.
///
/// A file is reused only when its key matches and the file on disk is still the one this
/// generator wrote (same inode, size and modification time), so hand edits to the output are
/// never kept.
struct OutputManifest: Codable, Sendable {
    struct Entry: Codable, Sendable, Equatable {
        /// Either a fingerprint of the file's inputs or of its bytes, as the writer chose.
        var key: Fingerprint
        var file: FileIdentity
    }

    static let formatVersion = 1

    var formatVersion = Self.formatVersion
    /// The output folder, as an absolute path.
    var destination: String
    var entries: [String: Entry]

    /// The manifest stored at `path`, or nil if there is none or it is unreadable or for another folder.
    static func load(from path: String, destination: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: path),
              let manifest = try? JSONDecoder().decode(OutputManifest.self, from: data),
              manifest.formatVersion == formatVersion, manifest.destination == destination else { return nil }
        return manifest
    }

    /// Saves the manifest, atomically, so a build interrupted while saving leaves no half file.
    func save(to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try JSONEncoder().encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

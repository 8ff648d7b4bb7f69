import Foundation
import HubModel

/// The last build's output as it is on disk now: its manifest, holding only the files that are still
/// exactly what the generator wrote, and the current time of each of its folders.
///
/// Checking twenty thousand files and ten thousand folders takes a core a tenth of a second, so a
/// build reads this on another thread while the hub loads (which leaves a core idle part of the time),
/// rather than checking each file as it is kept.
struct PreviousOutput: Sendable {
    /// The manifest, with only the files whose inode, size and modification time are still as recorded.
    let manifest: OutputManifest
    /// Each of the manifest's folders with its modification time then (as the manifest has it) and when
    /// checked (nil if it is no longer a folder).
    let folders: [String: (then: Int64, now: Int64?)]

    init(manifest: OutputManifest, folders: [String: (then: Int64, now: Int64?)]) {
        self.manifest = manifest
        self.folders = folders
    }

    /// Reads the manifest saved at `path` for the output folder `destination` (absolute) and checks its
    /// files and folders against the disk; nil if there is no usable manifest.
    static func read(manifestAt path: String, destination: String) -> PreviousOutput? {
        guard var manifest = OutputManifest.load(from: path, destination: destination) else { return nil }
        var intact: [String: OutputManifest.Entry] = [:]
        intact.reserveCapacity(manifest.entries.count)
        for (relativePath, entry) in manifest.entries where FileIdentity(path: destination + "/" + relativePath) == entry.file {
            intact[relativePath] = entry
        }
        var folders: [String: (then: Int64, now: Int64?)] = [:]
        folders.reserveCapacity(manifest.folders.count)
        for (folder, then) in manifest.folders {
            folders[folder] = (then, FileIdentity.folderTime(folder.isEmpty ? destination : destination + "/" + folder))
        }
        manifest.entries = intact
        return PreviousOutput(manifest: manifest, folders: folders)
    }
}

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
    /// Each of the manifest's folders and its modification time when checked; nil if it is no longer a folder.
    let folderTimes: [String: Int64?]

    init(manifest: OutputManifest, folderTimes: [String: Int64?]) {
        self.manifest = manifest
        self.folderTimes = folderTimes
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
        var times: [String: Int64?] = [:]
        times.reserveCapacity(manifest.folders.count)
        for folder in manifest.folders.keys {
            times[folder] = FileIdentity.folderTime(folder.isEmpty ? destination : destination + "/" + folder)
        }
        manifest.entries = intact
        return PreviousOutput(manifest: manifest, folderTimes: times)
    }
}

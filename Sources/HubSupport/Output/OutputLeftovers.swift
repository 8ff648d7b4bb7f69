import Foundation

/// What a build killed at the wrong moment left beside its output folder: a half-written staging
/// folder (`.public.building-*`) or the old site moved aside (`.public.previous-*`, which may hold
/// withdrawn text). The next build of the same output, holding its `OutputLock`, clears them.
public enum OutputLeftovers {
    /// Removes the leftovers of earlier builds of the output folder `destination` (real and absolute).
    /// If the folder itself is missing because a build was killed between moving the old site aside
    /// and moving the new one in, the old site is put back first, so that a failed build leaves the
    /// last good site in place. Call only while holding the output folder's lock.
    public static func clear(besides destination: String) {
        let fileManager = FileManager.default
        let parent = (destination as NSString).deletingLastPathComponent
        let prefixes = OutputFolder.besideNames(of: destination)
        let names = ((try? fileManager.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        let building = names.filter { $0.hasPrefix(prefixes.building) }
        var previous = names.filter { $0.hasPrefix(prefixes.previous) }
        if !fileManager.fileExists(atPath: destination),
           let index = previous.firstIndex(where: { isSite((parent as NSString).appendingPathComponent($0)) }) {
            let old = previous.remove(at: index)
            try? fileManager.moveItem(atPath: (parent as NSString).appendingPathComponent(old), toPath: destination)
        }
        for name in building + previous {
            try? fileManager.removeItem(atPath: (parent as NSString).appendingPathComponent(name))
        }
    }

    /// Whether `folder` is a site the generator wrote (it holds the marker).
    private static func isSite(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(OutputFolder.markerName))
    }
}

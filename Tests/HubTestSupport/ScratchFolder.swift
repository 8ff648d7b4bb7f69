import Foundation

/// A new, empty folder under the system's temporary folder, for a test to write into.
public enum ScratchFolder {
    /// Makes the folder `<prefix>-<UUID>` and returns its path; the caller removes it if it must.
    public static func make(_ prefix: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

import Foundation

/// A new, empty folder under the system's temporary folder, for a test to write into.
enum ScratchFolder {
    static func make(_ prefix: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

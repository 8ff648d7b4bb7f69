import Foundation

/// A new hub for a committee (`learning-hub init`): its folder with `content/` (`hub.yaml`, the
/// document folders, an about page and an accessibility statement), a `.gitignore` and a README.
/// `learning-hub build` in that folder builds it with no errors.
public struct HubStarter: Sendable {
    public let settings: HubSettings

    public init(settings: HubSettings) {
        self.settings = settings
    }

    /// Every file, by its path relative to the new folder.
    public var files: [(path: String, text: String)] {
        [
            ("content/hub.yaml", StarterHubYAML.text(settings)),
            ("content/pages/about.md", StarterPages.about(settings)),
            ("content/pages/accessibility.md", StarterPages.accessibility(settings)),
            (".gitignore", StarterGuide.gitignore),
            ("README.md", StarterGuide.readme(settings)),
        ]
    }

    /// The folders documents go in, each kept in git by an empty `.gitkeep`.
    public static let documentFolders = ["content/reviews", "content/briefs", "content/briefings", "content/assets"]

    /// Why a hub cannot be started in `folder`: it is a file, or a folder that is not empty.
    public static func refusal(for folder: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "\(folder) is a file" }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.isEmpty ? nil : "\(folder) is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", ..." : ""))"
    }

    /// Writes the hub into `folder`, which must not exist or be empty; never replaces a file.
    public func write(into folder: String) throws {
        if let refusal = Self.refusal(for: folder) { throw CocoaError(.fileWriteFileExists, userInfo: [NSLocalizedDescriptionKey: refusal]) }
        let root = URL(fileURLWithPath: folder)
        for subfolder in Self.documentFolders {
            let url = root.appendingPathComponent(subfolder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data().write(to: url.appendingPathComponent(".gitkeep"), options: .withoutOverwriting)
        }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
        }
    }
}

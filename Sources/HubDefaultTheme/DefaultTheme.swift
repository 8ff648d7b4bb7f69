import Foundation

/// The default site theme, built into the command from `themes/default/` at every build (by the
/// `DefaultThemeEmbedder` plugin), so that `learning-hub build` works in any folder.
public enum DefaultTheme {
    /// One file of the theme.
    public struct File: Sendable {
        /// Relative to the theme folder, e.g. `templates/home.mustache` or `static/style.css`.
        public let path: String
        public let contents: Data
    }

    /// Every file of the theme, sorted by path.
    public static let files: [File] = encodedFiles.map { File(path: $0.path, contents: Data(base64Encoded: $0.base64) ?? Data()) }

    /// Writes the theme's files into `folder`, which must not exist or be empty; returns how many were written.
    @discardableResult
    public static func write(into folder: String) throws -> Int {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder), !existing.isEmpty {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: folder])
        }
        for file in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url, options: .withoutOverwriting)
        }
        return files.count
    }
}

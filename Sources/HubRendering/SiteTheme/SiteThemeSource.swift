import Foundation
import HubDefaultTheme

/// Where a site theme's files come from: a folder (`--theme DIR`) or the default theme built into the command.
public enum SiteThemeSource: Sendable, Equatable {
    case folder(String)
    case builtIn

    /// A folder if one is named, else the built-in theme.
    public init(folder: String?) {
        self = folder.map { .folder($0) } ?? .builtIn
    }

    /// The folder, if the theme is read from one (the preview server watches it).
    public var folder: String? {
        if case .folder(let path) = self { return path }
        return nil
    }

    /// One file of the theme: its path relative to the theme folder, where diagnostics locate it, and
    /// its bytes (nil when it cannot be read).
    struct File: Sendable {
        let relativePath: String
        let displayPath: String
        let read: @Sendable () -> Data?
    }

    /// The files under `templates/` (nil when there is no such folder) and under `static/`.
    func files() -> (templates: [File]?, staticFiles: [File]) {
        switch self {
        case .builtIn:
            let all = DefaultTheme.files.map { file in
                File(relativePath: file.path, displayPath: "(built-in theme)/" + file.path, read: { file.contents })
            }
            return (all.filter { $0.relativePath.hasPrefix("templates/") }, all.filter { $0.relativePath.hasPrefix("static/") })
        case .folder(let directory):
            let templatesFolder = (directory as NSString).appendingPathComponent("templates")
            let templates = (try? FileManager.default.contentsOfDirectory(atPath: templatesFolder)).map { names in
                names.sorted().map { Self.file(in: directory, "templates/" + $0) }
            }
            return (templates, Self.staticFiles(in: directory).map { Self.file(in: directory, "static/" + $0) })
        }
    }

    private static func file(in directory: String, _ relative: String) -> File {
        let path = (directory as NSString).appendingPathComponent(relative)
        return File(relativePath: relative, displayPath: path, read: { FileManager.default.contents(atPath: path) })
    }

    /// Files under `static/` of `directory`, relative to it, hidden files left out.
    private static func staticFiles(in directory: String) -> [String] {
        let root = (directory as NSString).appendingPathComponent("static")
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = (root as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
               !(relative as NSString).lastPathComponent.hasPrefix(".") {
                files.append(relative)
            }
        }
        return files.sorted()
    }
}

import Foundation
import HubSupport

/// The content folder of a hub: where its files are, and how they are named in diagnostics.
public struct HubFolder: Sendable {
    /// As the user named it (the prefix of paths in diagnostics).
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The file at `relative` (to the content folder), as the file system finds it.
    public func fullPath(_ relative: String) -> String {
        (path as NSString).appendingPathComponent(relative)
    }

    /// The file at `relative`, as diagnostics name it.
    public func displayPath(_ relative: String) -> String {
        path == "." ? relative : fullPath(relative)
    }

    /// The UTF-8 text of the file at `relative`, or nil with the problem logged (nothing is logged
    /// for a file that does not exist).
    public func readText(_ relative: String, log: inout DiagnosticLog) -> String? {
        guard let bytes = PlainFile.read(fullPath(relative)) else {
            if FileManager.default.fileExists(atPath: fullPath(relative)) {
                log.error(SourceLocation(path: displayPath(relative), line: 1, column: 1), "the file cannot be read",
                          hint: "check its permissions")
            }
            return nil
        }
        return SourceText.decode(bytes, path: displayPath(relative), log: &log)
    }

    /// `hub.yaml`, parsed and checked; nil with the problems logged.
    public func readConfig(log: inout DiagnosticLog) -> HubConfig? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.error(SourceLocation(path: path, line: 1, column: 1), "the content folder does not exist",
                      hint: "run from the folder that holds 'content/', or pass --content DIR")
            return nil
        }
        guard let text = readText("hub.yaml", log: &log) else {
            if !FileManager.default.fileExists(atPath: fullPath("hub.yaml")) {
                log.error(SourceLocation(path: displayPath("hub.yaml"), line: 1, column: 1), "hub.yaml is missing",
                          hint: "create hub.yaml with the hub's title, base_url, themes and committees")
            }
            return nil
        }
        return HubConfigParser.parse(text, path: displayPath("hub.yaml"), log: &log)
    }
}

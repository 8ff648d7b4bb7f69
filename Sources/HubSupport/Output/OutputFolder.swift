import Foundation

/// The folder a build writes its site to, checked before anything is written: it must be a folder,
/// and one the generator wrote (it carries `markerName`) or an empty or new one, so that a mistyped
/// `--output` never replaces a folder of someone's own files. The site is built in a staging folder
/// beside it and swapped in.
public struct OutputFolder: Sendable {
    /// A file inside every output folder that says the generator made it.
    public static let markerName = ".learning-hub-output"
    /// The output folder, absolute, with every symbolic link resolved: a link given as the output
    /// folder has its target updated, and stays a link.
    public let destination: String
    /// Whether the folder exists and carries the marker.
    public let isMarked: Bool

    /// Checks the folder at `path`; throws if it may not be replaced.
    public init(_ path: String) throws {
        destination = Self.resolvedPath(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory) else {
            isMarked = false
            return
        }
        guard isDirectory.boolValue else { throw OutputError(path: path, message: "the output path is a file, not a folder") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? []
        isMarked = contents.contains(Self.markerName)
        if !contents.isEmpty && !isMarked {
            throw OutputError(path: path,
                              message: "the output folder holds files the generator did not write, so it will not replace it",
                              hint: "choose an empty or new folder with --output, or remove this one")
        }
    }

    /// `path` made absolute, with every symbolic link resolved (see `RealPath`).
    public static func resolvedPath(_ path: String) -> String {
        RealPath.resolve(path)
    }

    /// The names a build of the output folder `destination` gives the folders it makes beside it:
    /// `.public.building-<process>-<id>` while it writes, `.public.previous-<process>-<id>` for the
    /// old site while the new one is moved in.
    static func besideNames(of destination: String) -> (building: String, previous: String) {
        let name = (destination as NSString).lastPathComponent
        return (".\(name).building-", ".\(name).previous-")
    }

    /// A new, empty folder beside the output folder for a build to stage its files in; with
    /// `marked`, holding the marker already.
    public func makeStagingFolder(marked: Bool) throws -> String {
        let url = URL(fileURLWithPath: destination)
        let parent = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let name = Self.besideNames(of: destination).building + "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let staging = parent.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        if marked {
            try PlainFile.write(Data("This folder was written by learning-hub and is replaced by each build.\n".utf8),
                                to: staging + "/" + Self.markerName)
        }
        return staging
    }

    /// Puts the folder `staging` in place of the output folder, whose old contents are then removed;
    /// on failure the old folder is put back.
    public func swap(in staging: String) throws {
        let fileManager = FileManager.default
        var retired: String?
        if fileManager.fileExists(atPath: destination) {
            let old = staging.replacingOccurrences(of: ".building-", with: ".previous-")
            try fileManager.moveItem(atPath: destination, toPath: old)
            retired = old
        }
        do {
            try fileManager.moveItem(atPath: staging, toPath: destination)
        } catch {
            if let retired { try? fileManager.moveItem(atPath: retired, toPath: destination) }
            throw error
        }
        if let retired { try? fileManager.removeItem(atPath: retired) }
    }
}

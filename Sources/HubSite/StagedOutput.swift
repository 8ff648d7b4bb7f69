import Foundation
import HubModel

/// Builds the site in a fresh folder beside the output folder, then swaps it in,
/// so that a failed build leaves the previous output exactly as it was.
struct StagedOutput: Sendable {
    /// A file inside every output folder that says the generator made it, so a
    /// mistyped `--output` never replaces a folder of someone's own files.
    static let markerName = ".learning-hub-output"

    let destination: String
    let staging: String
    let beforeWrite: (@Sendable (String) throws -> Void)?
    /// Folders already made, so that writing thousands of files does not ask the file system each time.
    private let folders = FolderCache()

    /// Prepares a staging folder next to `destination`, after checking that `destination` may be replaced.
    init(destination: String, beforeWrite: (@Sendable (String) throws -> Void)? = nil) throws {
        self.beforeWrite = beforeWrite
        let url = URL(fileURLWithPath: destination).standardizedFileURL
        self.destination = url.path
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputError(path: destination, message: "the output path is a file, not a folder")
            }
            let contents = (try? fileManager.contentsOfDirectory(atPath: url.path)) ?? []
            if !contents.isEmpty && !contents.contains(Self.markerName) {
                throw OutputError(path: destination,
                                  message: "the output folder holds files the generator did not write, so it will not replace it",
                                  hint: "choose an empty or new folder with --output, or remove this one")
            }
        }
        let parent = url.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        staging = parent.appendingPathComponent(".\(url.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))").path
        try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        try Data("This folder was written by learning-hub and is replaced by each build.\n".utf8)
            .write(to: URL(fileURLWithPath: staging).appendingPathComponent(Self.markerName))
    }

    /// Writes `data` at `relativePath` inside the staging folder, creating folders as needed.
    func write(_ relativePath: String, _ data: Data) throws {
        try beforeWrite?(relativePath)
        let url = URL(fileURLWithPath: staging).appendingPathComponent(relativePath)
        try folders.ensure(url.deletingLastPathComponent())
        try data.write(to: url)
    }

    /// Copies a file into the staging folder.
    func copy(from source: String, to relativePath: String) throws {
        try beforeWrite?(relativePath)
        let url = URL(fileURLWithPath: staging).appendingPathComponent(relativePath)
        try folders.ensure(url.deletingLastPathComponent())
        try FileManager.default.copyItem(atPath: source, toPath: url.path)
    }

    /// Puts the staged site in place of the output folder.
    func commit() throws {
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

    /// Throws the staged files away, leaving the output folder untouched.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}

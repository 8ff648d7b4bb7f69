import Foundation
import HubModel

/// Builds the site in a fresh folder beside the output folder, then swaps it in,
/// so that a failed build leaves the previous output exactly as it was.
///
/// Given the manifest of the previous build, a file whose key has not changed is hard-linked
/// from the previous output instead of being produced and written again. Files are never
/// rewritten in place, so a link shares only bytes that are final.
final class StagedOutput: OutputSink, @unchecked Sendable {
    /// A file inside every output folder that says the generator made it, so a
    /// mistyped `--output` never replaces a folder of someone's own files.
    static let markerName = ".learning-hub-output"

    let destination: String
    let staging: String
    let beforeWrite: (@Sendable (String) throws -> Void)?
    /// Folders already made, so that writing thousands of files does not ask the file system each time.
    private let folders = FolderCache()
    /// What the previous build wrote into `destination`, if it is known and trusted.
    private let previous: [String: OutputManifest.Entry]
    private let lock = NSLock()
    private var recorded: [String: OutputManifest.Entry] = [:]
    private var reusedCount = 0

    /// Prepares a staging folder next to `destination`, after checking that `destination` may be replaced.
    init(destination: String, previous: OutputManifest? = nil, beforeWrite: (@Sendable (String) throws -> Void)? = nil) throws {
        self.beforeWrite = beforeWrite
        self.previous = previous?.entries ?? [:]
        let url = URL(fileURLWithPath: Self.absolutePath(destination))
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

    /// `path` made absolute and standardised, as the manifest records it.
    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Writes `data` at `relativePath` inside the staging folder, creating folders as needed;
    /// if the previous build wrote the same bytes there, its file is linked instead.
    func write(_ relativePath: String, _ data: Data) throws {
        var hasher = StableHasher()
        hasher.combine("bytes")
        hasher.combine(data)
        try write(relativePath, key: hasher.finalize()) { data }
    }

    /// Writes the file that `produce` makes at `relativePath`, unless the previous build wrote
    /// that path under the same `key`: then its file is linked and `produce` is not called.
    /// Returns whether the previous file was reused.
    @discardableResult
    func write(_ relativePath: String, key: Fingerprint, produce: () throws -> Data) throws -> Bool {
        try beforeWrite?(relativePath)
        let url = URL(fileURLWithPath: staging).appendingPathComponent(relativePath)
        try folders.ensure(url.deletingLastPathComponent())
        if let entry = previous[relativePath], entry.key == key, reuse(relativePath, entry: entry, at: url.path) {
            return true
        }
        try produce().write(to: url)
        guard let identity = FileIdentity(path: url.path) else {
            throw OutputError(path: url.path, message: "a file just written could not be found again")
        }
        record(relativePath, OutputManifest.Entry(key: key, file: identity))
        return false
    }

    /// Copies a file into the staging folder.
    func copy(from source: String, to relativePath: String) throws {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw OutputError(path: source, message: "the file cannot be read", hint: "check its permissions")
        }
        try write(relativePath, data)
    }

    /// Links the previous build's file into the staging folder if it is still exactly what was written.
    private func reuse(_ relativePath: String, entry: OutputManifest.Entry, at stagedPath: String) -> Bool {
        let old = (destination as NSString).appendingPathComponent(relativePath)
        guard FileIdentity(path: old) == entry.file, link(old, stagedPath) == 0 else { return false }
        lock.lock()
        recorded[relativePath] = entry
        reusedCount += 1
        lock.unlock()
        return true
    }

    private func record(_ relativePath: String, _ entry: OutputManifest.Entry) {
        lock.lock()
        recorded[relativePath] = entry
        lock.unlock()
    }

    /// How many files were linked from the previous build rather than written.
    var reused: Int {
        lock.lock()
        defer { lock.unlock() }
        return reusedCount
    }

    /// What this build wrote, to be saved once the build has been committed.
    var manifest: OutputManifest {
        lock.lock()
        defer { lock.unlock() }
        return OutputManifest(destination: destination, entries: recorded)
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

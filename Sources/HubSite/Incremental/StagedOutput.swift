import HubSupport
import Foundation
import HubModel

/// Writes a build's files so that a failed build leaves the previous output exactly as it was.
///
/// Two ways, chosen at the start:
/// - **Whole folder** (first build, or no trusted manifest of the last one): the site is built in
///   a fresh folder beside the output folder, then swapped in. Given a manifest, unchanged files
///   are hard-linked from the previous output rather than written.
/// - **Changed files only** (a manifest of the last build into this folder, and the folder still
///   marked as the generator's): unchanged files stay where they are; new and changed files are
///   staged in a flat folder beside the output, and only once every file has been produced are
///   they renamed into place and the files the site no longer has removed. Each replaced or
///   removed file is first linked into the staging folder, so a failure while applying puts
///   everything back. Making and removing thousands of folders per build is what this avoids.
///
/// Files are never rewritten in place, so a hard link shares only bytes that are final.
final class StagedOutput: OutputSink, @unchecked Sendable {
    /// A file inside every output folder that says the generator made it, so a mistyped
    /// `--output` never replaces a folder of someone's own files.
    static let markerName = ".learning-hub-output"

    let destination: String
    let staging: String
    let beforeWrite: (@Sendable (String) throws -> Void)?
    /// True when only changed files are staged and the output folder is updated in place.
    let updatesInPlace: Bool
    /// False when no manifest will be saved (no cache): then files are neither hashed nor looked up again.
    let keepsManifest: Bool
    /// Folders already made, so that writing thousands of files does not ask the file system each time.
    private let folders = FolderCache()
    /// What the previous build wrote into `destination` and is still intact there, if it is known and trusted.
    private let previous: [String: OutputManifest.Entry]
    /// The previous build's folders: their modification times then, and when the previous output was
    /// checked (nil: no longer a folder).
    private let previousFolders: [String: (then: Int64, now: Int64?)]
    private let lock = NSLock()
    private var recorded: [String: OutputManifest.Entry] = [:]
    /// Changed files staged for an in-place update: site path to staged file.
    private var pending: [String: String] = [:]
    private var reusedCount = 0
    /// Folder times read while applying an in-place update, of folders the update then left alone:
    /// the manifest takes them rather than reading them again.
    private var unchangedFolderTimes: [String: Int64] = [:]

    /// Prepares a staging folder next to `destination`, after checking that `destination` may be replaced.
    /// `previous` is the last build's output into `destination`, checked against the disk.
    init(destination: String, previous: PreviousOutput? = nil, keepsManifest: Bool = true,
         beforeWrite: (@Sendable (String) throws -> Void)? = nil) throws {
        self.beforeWrite = beforeWrite
        self.keepsManifest = keepsManifest
        self.previous = previous?.manifest.entries ?? [:]
        self.previousFolders = previous?.folders ?? [:]
        let url = URL(fileURLWithPath: Self.absolutePath(destination))
        self.destination = url.path
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        var isMarked = false
        if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputError(path: destination, message: "the output path is a file, not a folder")
            }
            let contents = (try? fileManager.contentsOfDirectory(atPath: url.path)) ?? []
            isMarked = contents.contains(Self.markerName)
            if !contents.isEmpty && !isMarked {
                throw OutputError(path: destination,
                                  message: "the output folder holds files the generator did not write, so it will not replace it",
                                  hint: "choose an empty or new folder with --output, or remove this one")
            }
        }
        updatesInPlace = isMarked && previous != nil
        // A build mostly writes or keeps the files the last one did: growing the record step by step was
        // a few per cent of an incremental build.
        recorded.reserveCapacity(self.previous.count)
        let parent = url.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        staging = parent.appendingPathComponent(".\(url.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))").path
        try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        if !updatesInPlace {
            try PlainFile.write(Data("This folder was written by learning-hub and is replaced by each build.\n".utf8),
                                to: staging + "/" + Self.markerName)
        }
    }

    /// `path` made absolute and standardised, as the manifest records it.
    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Writes `data` at `relativePath`, unless the previous build wrote the same bytes there.
    func write(_ relativePath: String, _ data: Data) throws {
        guard keepsManifest else {
            try write(relativePath, key: Fingerprint(high: 0, low: 0)) { data }
            return
        }
        var hasher = StableHasher()
        hasher.combine("bytes")
        hasher.combine(data)
        try write(relativePath, key: hasher.finalize()) { data }
    }

    /// Writes the file that `produce` makes at `relativePath`, unless the previous build wrote
    /// that path under the same `key`: then its file is kept and `produce` is not called.
    /// Returns whether the previous file was kept.
    @discardableResult
    func write(_ relativePath: String, key: Fingerprint, produce: () throws -> Data) throws -> Bool {
        try beforeWrite?(relativePath)
        lock.lock()
        let done = recorded[relativePath]
        lock.unlock()
        if let done {
            // Already kept under this key; anything else would truncate a file that may be linked to the previous output.
            guard done.key == key else { throw OutputError(path: relativePath, message: "the build wrote this file twice") }
            return true
        }
        if let entry = previous[relativePath], entry.key == key, try keep(relativePath, entry: entry) {
            return true
        }
        let data = try produce()
        let stagedPath: String
        if updatesInPlace {
            stagedPath = (staging as NSString).appendingPathComponent(Fingerprint.of("staged", relativePath).description)
        } else {
            stagedPath = staging + "/" + relativePath
            try folders.ensure(parentOf: stagedPath)
        }
        try PlainFile.write(data, to: stagedPath)
        // A rename keeps the inode and times, so the identity seen here is the one the output will have.
        guard let identity = keepsManifest ? FileIdentity(path: stagedPath) : FileIdentity(inode: 0, size: 0, modified: 0) else {
            throw OutputError(path: stagedPath, message: "a file just written could not be found again")
        }
        lock.lock()
        recorded[relativePath] = OutputManifest.Entry(key: key, file: identity)
        if updatesInPlace { pending[relativePath] = stagedPath }
        lock.unlock()
        return false
    }

    /// Copies a file into the output.
    func copy(from source: String, to relativePath: String) throws {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw OutputError(path: source, message: "the file cannot be read", hint: "check its permissions")
        }
        try write(relativePath, data)
    }

    /// Keeps every file the previous build wrote under `key`, if there is at least one and all
    /// are intact; returns how many. Used for a family of files made together under one key,
    /// whose paths are only known by making them. If one cannot be kept, the caller writes the
    /// family again, and the files already kept count as written.
    func keepAll(keyedBy key: Fingerprint) throws -> Int? {
        let matching = previous.filter { $0.value.key == key }
        guard !matching.isEmpty else { return nil }
        for (path, entry) in matching {
            guard try keep(path, entry: entry) else { return nil }
        }
        return matching.count
    }

    /// How many files have been written or kept.
    var fileCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return recorded.count
    }

    /// Keeps the previous build's file (found intact when the previous output was checked): in place,
    /// or linked into the staging folder.
    private func keep(_ relativePath: String, entry: OutputManifest.Entry) throws -> Bool {
        if !updatesInPlace {
            let stagedPath = staging + "/" + relativePath
            try folders.ensure(parentOf: stagedPath)
            guard link(destination + "/" + relativePath, stagedPath) == 0 else { return false }
        }
        lock.lock()
        recorded[relativePath] = entry
        reusedCount += 1
        lock.unlock()
        return true
    }

    /// How many files were kept from the previous build rather than written.
    var reused: Int {
        lock.lock()
        defer { lock.unlock() }
        return reusedCount
    }

    /// What this build wrote, with its folders' times as they are now: taken once the build has been committed.
    var manifest: OutputManifest {
        lock.lock()
        let entries = recorded
        lock.unlock()
        let names = Array(Self.folders(of: entries.keys))
        let known = unchangedFolderTimes
        let times = Parallel.map(names) { known[$0] ?? FileIdentity.folderTime(folderPath($0)) }
        var folders: [String: Int64] = [:]
        folders.reserveCapacity(names.count)
        for (name, time) in zip(names, times) { folders[name] = time }
        return OutputManifest(destination: destination, entries: entries, folders: folders)
    }

    /// Every folder that holds one of `paths`, with the output folder itself as "".
    private static func folders(of paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = [""]
        for path in paths {
            var rest = Substring(path)
            // Each parent in turn, cut at the last "/" (ASCII, so byte indices are character boundaries).
            while let slash = rest.utf8.lastIndex(of: UInt8(ascii: "/")) {
                rest = rest[..<slash]
                guard folders.insert(String(rest)).inserted else { break }
            }
        }
        return folders
    }

    /// Puts the new site in place of the old one.
    func commit() throws {
        if updatesInPlace {
            try applyInPlace()
        } else {
            try swapFolders()
        }
    }

    private func swapFolders() throws {
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

    /// Renames the staged files into place and removes the files the site no longer has, keeping
    /// a link to every file it replaces or removes so that a failure can undo all of it.
    private func applyInPlace() throws {
        // Folders changed since the last build (by hand: this build has not touched them yet), as
        // found when the previous output was checked.
        let touched = previousFolders.filter { $0.value.then != $0.value.now }.map(\.key)
        let backups = (staging as NSString).appendingPathComponent("replaced")
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: false)
        var undo: [(path: String, backup: String?)] = []
        let gone = previous.keys.filter { recorded[$0] == nil }
        do {
            for (relativePath, stagedPath) in pending.sorted(by: { $0.key < $1.key }) {
                let target = (destination as NSString).appendingPathComponent(relativePath)
                try folders.ensure(parentOf: target)
                let backup = try self.backup(target, into: backups, number: undo.count)
                undo.append((target, backup))
                guard rename(stagedPath, target) == 0 else { throw Self.systemError("rename", target) }
            }
            for relativePath in gone {
                let target = (destination as NSString).appendingPathComponent(relativePath)
                guard let backup = try backup(target, into: backups, number: undo.count) else { continue }
                undo.append((target, backup))
                guard unlink(target) == 0 else { throw Self.systemError("remove", target) }
            }
        } catch {
            for step in undo.reversed() {
                if let backup = step.backup { _ = rename(backup, step.path) } else { _ = unlink(step.path) }
            }
            throw error
        }
        removeEmptyFolders(of: gone)
        removeStrays(in: touched)
        discard()
        // A folder's time moves when a file in it is renamed in or removed, or a folder made in it.
        let changed = Self.folders(of: Array(pending.keys) + gone).union(touched)
        for (folder, times) in previousFolders where !changed.contains(folder) {
            unchangedFolderTimes[folder] = times.now
        }
    }

    private func folderPath(_ folder: String) -> String {
        folder.isEmpty ? destination : destination + "/" + folder
    }

    /// Removes from `folders` whatever the site does not have, so the output is what a build
    /// from scratch would write. Only folders whose time moved since the last build are read.
    private func removeStrays(in folders: [String]) {
        guard !folders.isEmpty else { return }
        let siteFolders = Self.folders(of: recorded.keys)
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folderPath(folder))) ?? [] {
                let path = folder.isEmpty ? name : folder + "/" + name
                if recorded[path] != nil || siteFolders.contains(path) || path == Self.markerName { continue }
                try? FileManager.default.removeItem(atPath: destination + "/" + path)
            }
        }
    }

    /// Links the file at `path`, if there is one, into `folder`; returns the link's path.
    private func backup(_ path: String, into folder: String, number: Int) throws -> String? {
        guard FileIdentity(path: path) != nil else { return nil }
        let backup = (folder as NSString).appendingPathComponent(String(number))
        guard link(path, backup) == 0 else { throw Self.systemError("keep a copy of", path) }
        return backup
    }

    /// Removes the folders left empty by removed files (a removed document's page folder).
    private func removeEmptyFolders(of removed: [String]) {
        // Deepest first; rmdir fails harmlessly on a folder that still has files (the output folder always has one).
        for folder in Self.folders(of: removed).sorted(by: { $0.count > $1.count }) where !folder.isEmpty {
            _ = rmdir(folderPath(folder))
        }
    }

    private static func systemError(_ action: String, _ path: String) -> OutputError {
        OutputError(path: path, message: "could not \(action) the file: \(String(cString: strerror(errno)))",
                    hint: "the previous output has been put back; check the folder's permissions and free space")
    }

    /// Throws the staged files away, leaving the output folder untouched.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}

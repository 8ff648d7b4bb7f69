import Foundation
import HubModel
import HubSupport

/// The site output of a build with a cache: like a fresh output, except that a file the previous build
/// wrote under the same key, and which is still exactly as it wrote it, is kept rather than made again.
///
/// Two ways, chosen at the start:
/// - **Whole folder** (first build, or no trusted manifest of the last one): the site is built in
///   a fresh folder beside the output folder, then swapped in. Given a manifest, unchanged files
///   are hard-linked from the previous output rather than written.
/// - **Changed files only** (a manifest of the last build into this folder, and the folder still
///   marked as the generator's): unchanged files stay where they are; new and changed files are
///   staged in a flat folder beside the output, and only once every file has been produced are
///   they renamed into place and the files the site no longer has removed (`InPlaceUpdate`). Making
///   and removing thousands of folders per build is what this avoids.
///
/// Files are never rewritten in place, so a hard link shares only bytes that are final. Every key is
/// mixed with `environment` (the generator), so a new generator never keeps an old one's files.
final class ReusingOutput: SiteOutput, @unchecked Sendable {
    let folder: OutputFolder
    let staging: String
    let environment: Fingerprint
    let beforeWrite: (@Sendable (String) throws -> Void)?
    /// True when only changed files are staged and the output folder is updated in place.
    let updatesInPlace: Bool
    /// Folders already made, so that writing thousands of files does not ask the file system each time.
    let folders = FolderCache()
    /// What the previous build wrote into the output folder and is still intact there, if it is known and trusted.
    let previous: [String: OutputManifest.Entry]
    /// The previous build's folders: their modification times then, and when the previous output was
    /// checked (nil: no longer a folder).
    let previousFolders: [String: (then: Int64, now: Int64?)]
    /// Called once the new site is in place, with what it holds: the cache saves it for the next build.
    private let committed: @Sendable (OutputManifest) -> Void
    private let lock = NSLock()
    // Read and written only under `lock`.
    private(set) var recorded: [String: OutputManifest.Entry] = [:]
    /// Changed files staged for an in-place update: site path to staged file.
    private(set) var pending: [String: String] = [:]
    private var reused = 0
    /// Folder times read while applying an in-place update, of folders the update then left alone:
    /// the manifest takes them rather than reading them again.
    var unchangedFolderTimes: [String: Int64] = [:]

    /// Prepares a staging folder beside `folder`. `previous` is the last build's output into it, checked against the disk.
    init(folder: OutputFolder, previous: PreviousOutput?, environment: Fingerprint,
         beforeWrite: (@Sendable (String) throws -> Void)?, committed: @escaping @Sendable (OutputManifest) -> Void) throws {
        self.folder = folder
        self.environment = environment
        self.beforeWrite = beforeWrite
        self.committed = committed
        self.previous = previous?.manifest.entries ?? [:]
        self.previousFolders = previous?.folders ?? [:]
        updatesInPlace = folder.isMarked && previous != nil
        // A build mostly writes or keeps the files the last one did: growing the record step by step was
        // a few per cent of an incremental build.
        recorded.reserveCapacity(self.previous.count)
        staging = try folder.makeStagingFolder(marked: !updatesInPlace)
    }

    var destination: String { folder.destination }

    /// Writes `data` at `relativePath`, unless the previous build wrote the same bytes there.
    func write(_ relativePath: String, _ data: Data) throws {
        var hasher = StableHasher()
        hasher.combine("bytes")
        hasher.combine(data)
        try keep(relativePath, key: hasher.finalize()) { data }
    }

    func write(_ relativePath: String, key: @autoclosure () -> Fingerprint?, produce: () throws -> Data) throws -> Bool {
        guard let key = key() else {
            try write(relativePath, try produce())
            return false
        }
        return try keep(relativePath, key: withEnvironment(key), produce: produce)
    }

    func writeFamily(key: @autoclosure () -> Fingerprint, produce: () throws -> [SiteFile]) throws {
        let key = withEnvironment(key())
        if try keepAll(keyedBy: key) != nil { return }
        for file in try produce() {
            try keep(file.path, key: key) { file.data }
        }
    }

    /// `key` mixed with the generator's fingerprint.
    private func withEnvironment(_ key: Fingerprint) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(environment)
        hasher.combine(key)
        return hasher.finalize()
    }

    /// Writes the file that `produce` makes at `relativePath`, unless the previous build wrote
    /// that path under the same `key`: then its file is kept and `produce` is not called.
    /// Returns whether the previous file was kept.
    @discardableResult
    private func keep(_ relativePath: String, key: Fingerprint, produce: () throws -> Data) throws -> Bool {
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
        guard let identity = FileIdentity(path: stagedPath) else {
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
    /// are intact; returns how many. If one cannot be kept, the caller writes the family again, and
    /// the files already kept count as written.
    private func keepAll(keyedBy key: Fingerprint) throws -> Int? {
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
        reused += 1
        lock.unlock()
        return true
    }

    /// How many files were kept from the previous build rather than written.
    var reusedCount: Int { lock.withLock { reused } }

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
    static func folders(of paths: some Sequence<String>) -> Set<String> {
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

    /// Puts the new site in place of the old one, then hands what it holds to the cache.
    func commit() throws {
        if updatesInPlace {
            try applyInPlace()
        } else {
            try folder.swap(in: staging)
        }
        committed(manifest)
    }

    /// Throws the staged files away, leaving the output folder untouched.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}

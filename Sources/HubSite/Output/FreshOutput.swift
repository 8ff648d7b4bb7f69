import Foundation
import HubSupport

/// The site output of a build without a cache: every file written into a fresh staging folder beside
/// the output folder, which is swapped in by `commit()`. Nothing is kept from the previous build, so
/// no key is ever worked out.
final class FreshOutput: SiteOutput, @unchecked Sendable {
    let folder: OutputFolder
    let staging: String
    /// Called before each file is written, with its path; tests use it to make a build fail midway.
    private let beforeWrite: (@Sendable (String) throws -> Void)?
    /// Folders already made, so that writing thousands of files does not ask the file system each time.
    private let folders = FolderCache()
    private let lock = NSLock()
    // Read and written only under `lock`: every path written, so that none is written twice.
    private var written: Set<String> = []

    init(folder: OutputFolder, beforeWrite: (@Sendable (String) throws -> Void)?) throws {
        self.folder = folder
        self.beforeWrite = beforeWrite
        staging = try folder.makeStagingFolder(marked: true)
    }

    func write(_ path: String, _ data: Data) throws {
        try beforeWrite?(path)
        guard lock.withLock({ written.insert(path).inserted }) else {
            throw OutputError(path: path, message: "the build wrote this file twice")
        }
        let stagedPath = staging + "/" + path
        try folders.ensure(parentOf: stagedPath)
        try PlainFile.write(data, to: stagedPath)
    }

    func write(_ path: String, key: @autoclosure () -> Fingerprint?, produce: () throws -> Data) throws -> Bool {
        try write(path, try produce())
        return false
    }

    func writeFamily(key: @autoclosure () -> Fingerprint, produce: () throws -> [SiteFile]) throws {
        for file in try produce() { try write(file.path, file.data) }
    }

    func copy(from source: String, to path: String) throws {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw OutputError(path: source, message: "the file cannot be read", hint: "check its permissions")
        }
        try write(path, data)
    }

    func commit() throws {
        try folder.swap(in: staging)
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    var fileCount: Int { lock.withLock { written.count } }
    var reusedCount: Int { 0 }
}

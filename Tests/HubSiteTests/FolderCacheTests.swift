import HubSupport
import Foundation
@testable import HubSite
import Testing
import HubTestSupport

/// Output folders are made with as few system calls as possible, but with `mkdir -p`'s meaning.
@Suite struct FolderCacheTests {
    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    @Test func makesMissingParentsAndAcceptsFoldersThatExist() throws {
        let root = try ScratchFolder.make("folders")
        let folders = FolderCache()
        try folders.ensure(parentOf: root + "/reviews/child-a/index.html")
        #expect(isFolder(root + "/reviews/child-a"))
        try FileManager.default.createDirectory(atPath: root + "/themes/neglect", withIntermediateDirectories: true)
        try folders.ensure(folder: root + "/themes/neglect")
        try folders.ensure(folder: root + "/themes/neglect")
        #expect(isFolder(root + "/themes/neglect"))
    }

    @Test func aFileInTheWayIsAnError() throws {
        let root = try ScratchFolder.make("folders")
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: root + "/reviews"))
        #expect(throws: (any Error).self) { try FolderCache().ensure(folder: root + "/reviews") }
        #expect(throws: (any Error).self) { try FolderCache().ensure(folder: root + "/reviews/child-a") }
    }
}

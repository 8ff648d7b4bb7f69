import Foundation
import HubDefaultTheme
import HubModel
import HubRendering
import HubTestSupport
import Testing

/// The site theme built into the command is exactly `themes/default/`, and is what a build without `--theme` uses.
struct DefaultThemeTests {
    /// Every file under `themes/default/`, relative to it, hidden files left out.
    static func filesOnDisk() -> [String: Data] {
        let root = Repository.defaultTheme.path
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = FileManager.default.contents(atPath: path)
        }
        return files
    }

    @Test func theBuiltInThemeIsThemesDefaultByteForByte() {
        let onDisk = Self.filesOnDisk()
        let embedded = Dictionary(uniqueKeysWithValues: DefaultTheme.files.map { ($0.path, $0.contents) })
        #expect(Set(embedded.keys) == Set(onDisk.keys), "the built-in theme's files differ from themes/default: rebuild (swift build)")
        for (path, data) in onDisk {
            #expect(embedded[path] == data, "\(path) differs from the built-in copy")
        }
        #expect(embedded.keys.contains("templates/layout.mustache"))
        #expect(embedded.keys.contains("static/style.css"))
    }

    @Test func theBuiltInThemeLoadsLikeTheFolder() throws {
        var log = DiagnosticLog()
        let builtIn = try #require(SiteTheme.load(.builtIn, log: &log))
        let folder = try #require(SiteTheme.load(.folder(Repository.defaultTheme.path), log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(builtIn.fingerprint == folder.fingerprint)
        #expect(builtIn.staticFiles == folder.staticFiles)
    }

    @Test func writingTheThemeOutGivesTheSameFilesAndRefusesAFolderInUse() throws {
        let folder = try ScratchFolder.make("theme-copy") + "/theme"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        #expect(try DefaultTheme.write(into: folder) == DefaultTheme.files.count)
        for file in DefaultTheme.files {
            #expect(FileManager.default.contents(atPath: folder + "/" + file.path) == file.contents)
        }
        #expect(throws: CocoaError.self) { try DefaultTheme.write(into: folder) }
    }
}

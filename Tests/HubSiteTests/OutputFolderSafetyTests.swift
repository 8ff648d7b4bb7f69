import Foundation
import HubModel
@testable import HubSite
import HubSupport
import Testing
import HubTestSupport

/// The output folder under attack: folders that hold the hub, symbolic links, what a killed build
/// leaves, and two builds at once. Nothing outside the site may be replaced, published or deleted.
@Suite struct OutputFolderSafetyTests {
    /// Builds `content` into `output` with the default theme, judged on the fixture day.
    static func build(content: String, output: String, theme: String = Repository.defaultTheme.path, cache: String? = nil,
                      denylist: String? = nil, beforeWrite: (@Sendable (String) throws -> Void)? = nil) -> BuildReport {
        var options = BuildOptions(contentDirectory: content, themeDirectory: theme, outputDirectory: output,
                                   load: LoadOptions(today: FixtureHub.today), cacheDirectory: cache)
        options.denylistFile = denylist
        var builder = SiteBuilder(options: options)
        builder.beforeWrite = beforeWrite
        return builder.build()
    }

    static func link(_ path: URL, to target: URL) throws {
        try FileManager.default.createSymbolicLink(at: path, withDestinationURL: target)
    }

    static func errors(_ report: BuildReport) -> [String] {
        report.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    // MARK: Folders that hold the hub

    @Test func anOutputThatHoldsTheContentIsRefusedAndTheContentKept() throws {
        // The audit: an earlier build wrote `site`, the hub was copied into it, then built into it.
        let hub = try FixtureHub.testShire()
        let site = hub.root.appendingPathComponent("site")
        #expect(Self.build(content: hub.content.path, output: site.path).succeeded)
        let inside = site.appendingPathComponent("content")
        try FileManager.default.copyItem(at: hub.content, to: inside)
        let before = FixtureHub.files(under: inside)
        #expect(before.count == 6)
        let report = Self.build(content: inside.path, output: site.path)
        #expect(!report.succeeded)
        #expect(Self.errors(report).contains { $0.contains("the output folder holds the content folder") }, "\(Self.errors(report))")
        #expect(FixtureHub.files(under: inside) == before)
    }

    @Test func anOutputThatIsTheContentFolderIsRefused() throws {
        let hub = try FixtureHub.testShire()
        let report = Self.build(content: hub.content.path, output: hub.content.path + "/reviews/..")
        #expect(!report.succeeded)
        #expect(Self.errors(report).contains { $0.contains("the output folder is the content folder") }, "\(Self.errors(report))")
        #expect(FixtureHub.files(under: hub.content).count == 6)
    }

    @Test func aContentFolderReachedThroughALinkIsStillFound() throws {
        let hub = try FixtureHub.testShire()
        // `public` is a link to the hub's root folder, which holds content/: replacing it would delete the hub.
        let root = hub.root.appendingPathComponent("outer")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: hub.content, to: root.appendingPathComponent("content"))
        try Self.link(hub.output, to: root)
        let report = Self.build(content: root.appendingPathComponent("content").path, output: hub.output.path)
        #expect(!report.succeeded)
        #expect(Self.errors(report).contains { $0.contains("the output folder holds the content folder") }, "\(Self.errors(report))")
        #expect(FixtureHub.files(under: root.appendingPathComponent("content")).count == 6)
    }

    @Test func anOutputThatHoldsTheThemeIsRefused() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let theme = hub.output.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: Repository.defaultTheme, to: theme)
        let report = Self.build(content: hub.content.path, output: hub.output.path, theme: theme.path)
        #expect(!report.succeeded)
        #expect(Self.errors(report).contains { $0.contains("the output folder holds the site theme") }, "\(Self.errors(report))")
        #expect(FileManager.default.fileExists(atPath: theme.appendingPathComponent("templates").path))
    }

    @Test func aDenylistInsideTheOutputIsRefused() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let list = hub.output.appendingPathComponent("names.txt")
        try Data("Jane Realname\n".utf8).write(to: list)
        let linked = hub.root.appendingPathComponent("names-link.txt")
        try Self.link(linked, to: list)
        let report = Self.build(content: hub.content.path, output: hub.output.path, denylist: linked.path)
        #expect(!report.succeeded)
        #expect(Self.errors(report).contains { $0.contains("the output folder holds the denylist") }, "\(Self.errors(report))")
        #expect(FileManager.default.fileExists(atPath: list.path))
    }

    @Test func anOutputInsideAFolderTheBuildReadsIsRefused() throws {
        let hub = try FixtureHub.testShire()
        for inside in ["assets/site", "briefs/site"] {
            let report = Self.build(content: hub.content.path, output: hub.content.appendingPathComponent(inside).path)
            #expect(!report.succeeded)
            #expect(Self.errors(report).contains { $0.contains("the output folder is inside the content folder's \(inside.prefix { $0 != "/" })/") },
                    "\(Self.errors(report))")
        }
        let theme = try hub.copyDefaultTheme()
        let report = Self.build(content: hub.content.path, output: theme + "/static/site", theme: theme)
        #expect(Self.errors(report).contains { $0.contains("inside the site theme's static/") }, "\(Self.errors(report))")
    }

    @Test func anOutputBesideTheDocumentFoldersOfAHubAtTheTopIsFine() throws {
        // A hub whose folder is the project's own (`--content . --output public`).
        let hub = try FixtureHub.testShire()
        let report = Self.build(content: hub.content.path, output: hub.content.appendingPathComponent("public").path)
        #expect(report.succeeded, "\(Self.errors(report))")
        #expect(FileManager.default.fileExists(atPath: hub.content.appendingPathComponent("public/index.html").path))
        #expect(Self.build(content: hub.content.path, output: hub.content.appendingPathComponent("public").path).succeeded)
    }

    // MARK: Symbolic links

    @Test func aSymlinkedOutputUpdatesItsTargetAndStaysALink() throws {
        let hub = try FixtureHub.testShire()
        let target = hub.root.appendingPathComponent("live-site")
        try Self.link(hub.output, to: target)
        for cache in [nil, hub.root.appendingPathComponent("cache").path] {
            try hub.write("briefs/child-a-brief.md", TestShire.brief())
            #expect(Self.build(content: hub.content.path, output: hub.output.path, cache: cache).succeeded)
            #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("briefs/child-a-brief/index.html").path))
            // The brief is withdrawn: the live target must lose its text.
            try hub.write("briefs/child-a-brief.md", TestShire.brief(extra: "retain_until: 2025-01-01"))
            let report = Self.build(content: hub.content.path, output: hub.output.path, cache: cache)
            #expect(report.succeeded, "\(Self.errors(report))")
            let page = try String(contentsOf: target.appendingPathComponent("briefs/child-a-brief/index.html"), encoding: .utf8)
            #expect(!page.contains("See <a href"), "the withdrawn text is gone from the target")
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: hub.output.path)) == target.path)
        }
    }

    @Test func aCacheReachedThroughALinkIntoTheOutputIsRefused() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let before = hub.snapshot(listingFolders: true)
        let cache = hub.root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: hub.output.appendingPathComponent("hidden-cache"), withIntermediateDirectories: true)
        try Self.link(cache, to: hub.output.appendingPathComponent("hidden-cache"))
        // A draft that fails the build: its text must not reach the cache inside the output either.
        try hub.write("briefs/draft.md", TestShire.brief(title: "Draft with secret words", extra: "draft: true",
                                                          body: "Pangolin draft text.\n"))
        try hub.write("briefs/broken.md", TestShire.brief(themes: ["neglet"]))
        let report = Self.build(content: hub.content.path, output: hub.output.path, cache: cache.path)
        #expect(!report.succeeded)
        #expect(Self.errors(report).contains { $0.contains("the cache folder and the output folder overlap") }, "\(Self.errors(report))")
        var after = hub.snapshot(listingFolders: true)
        after["hidden-cache/"] = nil
        #expect(after == before)
        #expect(FixtureHub.files(under: hub.output.appendingPathComponent("hidden-cache")).isEmpty)
    }

    @Test func aCacheBesideTheOutputIsFine() throws {
        let hub = try FixtureHub.testShire()
        let report = Self.build(content: hub.content.path, output: hub.output.path, cache: hub.root.appendingPathComponent(".hub-cache").path)
        #expect(report.succeeded, "\(Self.errors(report))")
    }

    // MARK: Symlinked documents

    @Test func aDocumentLinkedFromOutsideTheHubIsNotPublished() throws {
        let hub = try FixtureHub.testShire()
        let outside = hub.root.appendingPathComponent("elsewhere/secret-brief.md")
        try hub.write("secret-brief.md", TestShire.brief(title: "Someone else's brief", body: "Pangolin private text.\n"),
                      under: hub.root.appendingPathComponent("elsewhere"))
        try Self.link(hub.content.appendingPathComponent("briefs/secret-brief.md"), to: outside)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(Self.errors(report).contains {
            $0.hasPrefix(hub.content.path + "/briefs/secret-brief.md:1:1: error: this document is a link to a file outside the hub")
        }, "\(Self.errors(report))")
        #expect(!hub.exists("briefs/secret-brief/index.html"))
    }

    @Test func aDocumentFolderLinkedFromOutsideTheHubIsNotPublished() throws {
        var files = TestShire.standardFiles
        files["briefs/child-a-brief.md"] = nil
        let hub = try FixtureHub.testShire(files)
        let elsewhere = hub.root.appendingPathComponent("elsewhere")
        try hub.write("outside.md", TestShire.brief(title: "Outside brief", body: "Pangolin private text.\n"), under: elsewhere)
        try? FileManager.default.removeItem(at: hub.content.appendingPathComponent("briefs"))
        try Self.link(hub.content.appendingPathComponent("briefs"), to: elsewhere)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(Self.errors(report).contains {
            $0.hasPrefix(hub.content.path + "/briefs:1:1: error: the folder briefs/ is a link to a folder outside the hub")
        }, "\(Self.errors(report))")
        #expect(!hub.exists("briefs/outside/index.html"))
    }

    @Test func aDocumentLinkedWithinTheHubIsRead() throws {
        var files = TestShire.standardFiles
        let about = files.removeValue(forKey: "pages/about.md")!
        let hub = try FixtureHub.testShire(files)
        try hub.write("drafts-folder/about.md", about)
        try Self.link(hub.content.appendingPathComponent("pages/about.md"), to: hub.content.appendingPathComponent("drafts-folder/about.md"))
        let report = hub.build()
        #expect(report.succeeded, "\(Self.errors(report))")
        #expect(hub.exists("about/index.html"))
    }
}

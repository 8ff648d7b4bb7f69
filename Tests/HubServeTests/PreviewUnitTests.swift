import Foundation
import HubModel
import Testing
@testable import HubServe
import HubTestSupport

/// The preview's pure parts: request paths, content types, the script tag, the error page.
@Suite struct PreviewUnitTests {
    @Test func requestPathsStayInsideTheSite() {
        #expect(RequestPath(raw: "/")?.segments == [])
        #expect(RequestPath(raw: "/reviews/child-a/")?.relative == "reviews/child-a")
        #expect(RequestPath(raw: "/reviews/child-a/")?.hasTrailingSlash == true)
        #expect(RequestPath(raw: "/assets/report%20one.pdf")?.segments == ["assets", "report one.pdf"])
        for raw in ["/..", "/a/../b", "/%2e%2e/x", "/%2E%2e/x", "/a/..%2Fb", "/a%2fb", "/a%5cb", "/./a", "/a%00b", "/%zz", "relative"] {
            #expect(RequestPath(raw: raw) == nil, "\(raw)")
        }
        #expect(RequestPath(raw: "/.learning-hub-output")?.isHidden == true)
        #expect(RequestPath(raw: "/a..b/c")?.segments == ["a..b", "c"])
    }

    @Test func contentTypes() {
        #expect(ContentType.forPath("a/index.html") == "text/html; charset=utf-8")
        #expect(ContentType.forPath("static/style.css") == "text/css; charset=utf-8")
        #expect(ContentType.forPath("static/site.js") == "text/javascript; charset=utf-8")
        #expect(ContentType.forPath("search/documents.json") == "application/json; charset=utf-8")
        #expect(ContentType.forPath("assets/logo.SVG") == "image/svg+xml")
        #expect(ContentType.forPath("assets/a.png") == "image/png")
        #expect(ContentType.forPath("assets/report.pdf") == "application/pdf")
        #expect(ContentType.forPath("sitemap.xml") == "application/xml; charset=utf-8")
        #expect(ContentType.forPath("search/index/text/0.txt.gz") == "application/gzip")
        #expect(ContentType.forPath("a.dir/file") == "application/octet-stream")
        #expect(ContentType.forPath("README") == "application/octet-stream")
    }

    @Test func scriptGoesBeforeTheLastClosingBody() {
        let html = Data("<html><body><p>&lt;/body&gt;</p>\n</body>\n</html>\n".utf8)
        let injected = String(decoding: LiveReload.inject(into: html, version: 7), as: UTF8.self)
        #expect(injected == "<html><body><p>&lt;/body&gt;</p>\n<script src=\"/__livereload.js?v=7\" defer></script>\n</body>\n</html>\n")
        let fragment = String(decoding: LiveReload.inject(into: Data("<p>no body</p>".utf8), version: 2), as: UTF8.self)
        #expect(fragment.hasSuffix("<script src=\"/__livereload.js?v=2\" defer></script>\n"))
    }

    @Test func errorPageEscapesEverything() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(path: "content/briefs/<x>.md", line: 7, column: 11),
                                    "unknown learning theme '<script>alert(1)</script>'", hint: "did you mean \"neglect\" & not 'x'?")
        let page = ErrorPage.html(diagnostics: [diagnostic], version: 3)
        #expect(page.contains("content/briefs/&lt;x&gt;.md:7:11: error: unknown learning theme &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"))
        #expect(page.contains("hint: did you mean &quot;neglect&quot; &amp; not &#39;x&#39;?"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("1 error, 0 warnings"))
        #expect(page.contains("<script src=\"/__livereload.js?v=3\" defer></script>"))
    }

    @Test func longPollAnswersWhenTheVersionChanges() async {
        let reload = LiveReload()
        await reload.publish(1)
        #expect(await reload.wait(after: 0, hold: .seconds(5)) == 1)
        let start = ContinuousClock.now
        #expect(await reload.wait(after: 1, hold: .milliseconds(200)) == 1)
        #expect(ContinuousClock.now - start >= .milliseconds(150))
        async let waiting = reload.wait(after: 1, hold: .seconds(10))
        try? await Task.sleep(for: .milliseconds(100))
        await reload.publish(2)
        #expect(await waiting == 2)
        await reload.close()
        #expect(await reload.wait(after: 2, hold: .seconds(10)) == 2)
    }

    @Test func watcherSeesAddedEditedAndRemovedFiles() throws {
        let folder = URL(fileURLWithPath: try ScratchFolder.make("watch"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = FolderSnapshot.take(of: [folder.path])
        try Data("one".utf8).write(to: folder.appendingPathComponent("a.md"))
        let added = FolderSnapshot.take(of: [folder.path])
        #expect(added != empty)
        try Data("one".utf8).write(to: folder.appendingPathComponent(".a.md.swp"))
        try Data("one".utf8).write(to: folder.appendingPathComponent("a.md~"))
        #expect(FolderSnapshot.take(of: [folder.path]) == added, "swap and backup files are ignored")
        try Data("two!".utf8).write(to: folder.appendingPathComponent("a.md"))
        #expect(FolderSnapshot.take(of: [folder.path]) != added)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a.md"))
        #expect(FolderSnapshot.take(of: [folder.path]) == empty)
        #expect(FolderSnapshot.take(of: [folder.appendingPathComponent("missing").path]) == FolderSnapshot.take(of: []))
    }

    @Test func abandonedTemporaryBuildsAreRemoved() throws {
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/sh")
        finished.arguments = ["-c", "exit 0"]
        try finished.run()
        finished.waitUntilExit()
        let temporary = FileManager.default.temporaryDirectory
        let abandoned = temporary.appendingPathComponent("\(PreviewServer.temporaryPrefix)\(finished.processIdentifier)-TEST\(UUID().uuidString.prefix(4))")
        let ours = temporary.appendingPathComponent("\(PreviewServer.temporaryPrefix)\(ProcessInfo.processInfo.processIdentifier)-TEST\(UUID().uuidString.prefix(4))")
        for folder in [abandoned, ours] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("site-1"), withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: ours) }
        PreviewServer.removeAbandonedBuilds()
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: ours.path))
    }
}

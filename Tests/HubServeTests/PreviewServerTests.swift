import Foundation
import Testing
@testable import HubServe
import HubTestSupport

/// The preview server end to end: a real hub built into a temporary folder, served on a free
/// loopback port, edited on disk while it runs.
@Suite struct PreviewServerTests {
    static let briefingURL = "/briefings/child-a-briefing/"

    @Test func servesThePreviewWithDraftsAndTheLiveReloadScript() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { server, port in
            let home = try await RawHTTP.get(port: port, "/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.headers["cache-control"] == "no-store")
            let version = await server.buildVersion
            #expect(version == 1)
            let tag = "<script src=\"/__livereload.js?v=\(version)\" defer></script>"
            #expect(home.body.contains(tag + "\n</body>"), "the live-reload script goes just before </body>")
            #expect(home.body.components(separatedBy: "__livereload.js").count == 2, "added once")

            // Drafts are built, and marked.
            let draft = try await RawHTTP.get(port: port, "/briefs/work-in-progress/")
            #expect(draft.status == 200)
            #expect(draft.body.contains("draft-banner"))

            let script = try await RawHTTP.get(port: port, "/__livereload.js?v=1")
            #expect(script.status == 200)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.body.contains("location.reload()"))

            // Never in the preview's built files themselves: only added while serving. (Look at every
            // build kept: the watcher may already have rebuilt, and older builds are removed.)
            let builds = try FileManager.default.contentsOfDirectory(atPath: server.buildRoot).filter { $0.hasPrefix("site-") }
            #expect(!builds.isEmpty)
            for build in builds {
                let builtHome = try String(contentsOfFile: server.buildRoot + "/\(build)/index.html", encoding: .utf8)
                #expect(!builtHome.contains("__livereload"))
            }
        }
    }

    @Test func servesFilesWithTheirContentTypes() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { _, port in
            let css = try await RawHTTP.get(port: port, "/static/style.css")
            #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(!css.body.contains("__livereload"))
            let json = try await RawHTTP.get(port: port, "/search/documents.json")
            #expect(json.status == 200 && json.headers["content-type"] == "application/json; charset=utf-8")
            #expect(json.body.contains("Learning review of Child A"))
            let script = try await RawHTTP.get(port: port, "/static/site.js")
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")

            // A folder URL without its slash is redirected, so that relative links work.
            let redirect = try await RawHTTP.get(port: port, "/reviews/child-a?from=test")
            #expect(redirect.status == 302)
            #expect(redirect.headers["location"] == "/reviews/child-a/?from=test")
            let index = try await RawHTTP.get(port: port, "/reviews/child-a/index.html")
            #expect(index.status == 200 && index.body.contains("Learning review of Child A"))

            let missing = try await RawHTTP.get(port: port, "/reviews/child-z/")
            #expect(missing.status == 404)
            #expect(missing.body.contains("/__livereload.js"))
            let marker = try await RawHTTP.get(port: port, "/.learning-hub-output")
            #expect(marker.status == 404)

            let head = try await RawHTTP.get(port: port, "/static/style.css", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == css.headers["content-length"])
            let post = try await RawHTTP.get(port: port, "/", method: "POST")
            #expect(post.status == 405)
        }
    }

    @Test func answersByteRangesOfFilesButNotOfPages() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { server, port in
            let version = await server.buildVersion
            let onDisk = try [UInt8](Data(contentsOf: URL(fileURLWithPath: server.buildRoot + "/site-\(version)/static/style.css")))
            #expect(onDisk.count > 20)

            let whole = try await RawHTTP.get(port: port, "/static/style.css")
            #expect(whole.status == 200 && whole.bytes == onDisk)
            #expect(whole.headers["accept-ranges"] == "bytes")

            let first = try await RawHTTP.get(port: port, "/static/style.css", headers: ["Range": "bytes=0-9"])
            #expect(first.status == 206)
            #expect(first.headers["content-range"] == "bytes 0-9/\(onDisk.count)")
            #expect(first.headers["content-length"] == "10")
            #expect(first.bytes == Array(onDisk[0..<10]))
            #expect(first.headers["accept-ranges"] == "bytes")
            #expect(first.headers["content-type"] == "text/css; charset=utf-8")
            #expect(first.headers["cache-control"] == "no-store")
            #expect(first.headers["x-content-type-options"] == "nosniff")

            let middle = try await RawHTTP.get(port: port, "/static/style.css", headers: ["Range": "bytes=5-\(onDisk.count + 100)"])
            #expect(middle.status == 206)
            #expect(middle.headers["content-range"] == "bytes 5-\(onDisk.count - 1)/\(onDisk.count)")
            #expect(middle.bytes == Array(onDisk[5...]))

            let suffix = try await RawHTTP.get(port: port, "/static/style.css", headers: ["Range": "bytes=-7"])
            #expect(suffix.status == 206)
            #expect(suffix.headers["content-range"] == "bytes \(onDisk.count - 7)-\(onDisk.count - 1)/\(onDisk.count)")
            #expect(suffix.bytes == Array(onDisk.suffix(7)))

            let beyond = try await RawHTTP.get(port: port, "/static/style.css", headers: ["Range": "bytes=\(onDisk.count)-"])
            #expect(beyond.status == 416)
            #expect(beyond.headers["content-range"] == "bytes */\(onDisk.count)")
            #expect(beyond.bytes.count < 100 && beyond.headers["content-type"] == "text/plain; charset=utf-8")

            // Ignored: several ranges, a malformed header, an If-Range (the preview sends no validators), HEAD.
            for headers in [["Range": "bytes=0-1,4-5"], ["Range": "bytes=9-0"], ["Range": "bytes=0-9", "If-Range": "\"x\""]] {
                let ignored = try await RawHTTP.get(port: port, "/static/style.css", headers: headers)
                #expect(ignored.status == 200 && ignored.bytes == onDisk, "\(headers)")
                #expect(ignored.headers["content-range"] == nil)
            }
            let head = try await RawHTTP.get(port: port, "/static/style.css", method: "HEAD", headers: ["Range": "bytes=0-9"])
            #expect(head.status == 200 && head.headers["content-length"] == String(onDisk.count))
            #expect(head.headers["accept-ranges"] == "bytes")

            // Pages get the live-reload client, so they are answered whole.
            let page = try await RawHTTP.get(port: port, Self.briefingURL, headers: ["Range": "bytes=0-9"])
            #expect(page.status == 200)
            #expect(page.headers["content-range"] == nil && page.headers["accept-ranges"] == nil)
            let builtPage = try Data(contentsOf: URL(fileURLWithPath: server.buildRoot + "/site-\(version)\(Self.briefingURL)index.html"))
            #expect(page.bytes == [UInt8](LiveReload.inject(into: builtPage, version: version)))
            #expect(page.body.contains("Agencies saw the neglect in pieces."))
        }
    }

    @Test func refusesPathsThatLeaveTheSite() async throws {
        let hub = try FixtureHub.preview()
        try hub.write("secret.txt", "not for the browser", under: hub.root)
        try await hub.withPreview { server, port in
            for target in ["/../../../../etc/passwd", "/..", "/static/../../secret.txt", "/%2e%2e/%2e%2e/secret.txt",
                           "/static/%2E%2E/%2E%2E/secret.txt", "/reviews/..%2f..%2fsecret.txt", "/static/..%5c..%5csecret.txt",
                           "/./index.html"] {
                let response = try await RawHTTP.get(port: port, target)
                #expect(response.status == 403, "\(target) answered \(response.status)")
                #expect(!response.body.contains("not for the browser"))
            }
            // Still serving afterwards.
            #expect(try await RawHTTP.get(port: port, "/").status == 200)
            _ = server
        }
    }

    @Test func rebuildsOnEditsShowsErrorsAndRecovers() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { server, port in
            let before = try await RawHTTP.get(port: port, Self.briefingURL)
            #expect(before.status == 200 && before.body.contains("Agencies saw the neglect in pieces."))

            // An edit is served within seconds, and an open page's long poll answers with the new version.
            let version = await server.buildVersion
            async let poll = RawHTTP.get(port: port, "/__livereload?v=\(version)", timeout: 20)
            try await Task.sleep(for: .milliseconds(200))
            try hub.write("briefings/child-a-briefing.md", TestShire.briefing(background: "Edited while the preview was open."))
            let edited = try await eventually {
                let page = try await RawHTTP.get(port: port, Self.briefingURL)
                return page.body.contains("Edited while the preview was open.") ? page : nil
            }
            #expect(edited?.status == 200)
            let answer = try await poll
            #expect(answer.status == 200 && answer.headers["content-type"] == "application/json; charset=utf-8")
            let newVersion = await server.buildVersion
            #expect(newVersion > version)
            #expect(answer.body.contains("\"version\":") && !answer.body.contains("\"version\":\(version)}"))

            // A broken edit: every page shows the diagnostics, escaped, and the server keeps running.
            try hub.write("briefings/child-a-briefing.md", TestShire.briefing(themes: ["\"<b>neglet</b>\""]))
            let broken = try await eventually {
                let page = try await RawHTTP.get(port: port, Self.briefingURL)
                return page.status == 500 ? page : nil
            }
            let errorPage = try #require(broken)
            #expect(errorPage.headers["content-type"] == "text/html; charset=utf-8")
            #expect(errorPage.body.contains("briefings/child-a-briefing.md:6:"), "\(errorPage.body)")
            #expect(errorPage.body.contains("error: unknown learning theme"))
            #expect(errorPage.body.contains("&lt;b&gt;neglet&lt;/b&gt;"))
            #expect(!errorPage.body.contains("<b>neglet</b>"))
            #expect(errorPage.body.contains("hint: "))
            #expect(errorPage.body.contains("/__livereload.js?v="))
            let otherPage = try await RawHTTP.get(port: port, "/reviews/child-a/")
            #expect(otherPage.status == 500 && otherPage.body.contains("briefings/child-a-briefing.md:6:"))
            // The files pages load still come from the last good build.
            #expect(try await RawHTTP.get(port: port, "/static/style.css").status == 200)
            let part = try await RawHTTP.get(port: port, "/static/style.css", headers: ["Range": "bytes=0-9"])
            #expect(part.status == 206 && part.bytes.count == 10 && part.headers["content-range"]?.hasPrefix("bytes 0-9/") == true)
            #expect(try await RawHTTP.get(port: port, "/__livereload.js").status == 200)

            // Fixing it brings the site back.
            try hub.write("briefings/child-a-briefing.md", TestShire.briefing(background: "Fixed again."))
            let fixed = try await eventually {
                let page = try await RawHTTP.get(port: port, Self.briefingURL)
                return page.status == 200 && page.body.contains("Fixed again.") ? page : nil
            }
            #expect(fixed != nil)
        }
    }

    @Test func rebuildsWhenTheSiteThemeChanges() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { _, port in
            let css = hub.theme.appendingPathComponent("static/style.css")
            let original = try String(contentsOf: css, encoding: .utf8)
            try (original + "\n.changed-by-the-preview-test { color: inherit; }\n").write(to: css, atomically: true, encoding: .utf8)
            let changed = try await eventually {
                let file = try await RawHTTP.get(port: port, "/static/style.css")
                return file.body.contains(".changed-by-the-preview-test") ? file : nil
            }
            #expect(changed != nil)
        }
    }

    @Test func survivesClientsThatHangUp() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { server, port in
            let version = await server.buildVersion
            // Give up on a held long poll, twice, and hang up mid-request.
            for _ in 0..<2 {
                await #expect(throws: RawHTTP.Failure.self) {
                    _ = try await RawHTTP.get(port: port, "/__livereload?v=\(version)", timeout: 1)
                }
            }
            try await RawHTTP.hangUpMidRequest(port: port)
            #expect(try await RawHTTP.get(port: port, "/").status == 200)
            // Many requests at once.
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 { group.addTask { try await RawHTTP.get(port: port, Self.briefingURL).status } }
                for try await status in group { #expect(status == 200) }
            }
        }
    }

    @Test func rebuildsAreSerialisedAndCoalesced() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { server, _ in
            let before = await server.buildVersion
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<10 { group.addTask { await server.rebuild() } }
            }
            let after = await server.buildVersion
            // Ten requests at once: one build running, the rest served by one more build.
            #expect(after > before && after <= before + 3, "\(before) -> \(after)")
        }
    }

    @Test func aBusyPortIsReportedNotIgnored() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { _, port in
            let second = try PreviewServer(configuration: PreviewConfiguration(
                contentDirectory: hub.content.path, themeDirectory: hub.theme.path, port: UInt16(port)))
            await #expect(throws: PreviewError.self) { try await second.start() }
            await second.stop()
        }
    }
}

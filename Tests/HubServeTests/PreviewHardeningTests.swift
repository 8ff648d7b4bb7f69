import Foundation
@testable import HubServe
import HubTestSupport
import Testing

/// The preview server under attack: pages of other sites reaching it by DNS rebinding, oversized
/// and slow requests, many clients at once. It serves its author only, and keeps answering.
@Suite struct PreviewHardeningTests {
    /// Limits with a short head timeout, so that slow clients are dropped within the test's seconds.
    static var quickLimits: PreviewLimits {
        var limits = PreviewLimits()
        limits.headTimeout = .seconds(2)
        return limits
    }

    @Test func answersOnlyRequestsForItsOwnHost() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { _, port in
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST:\(port)", "[::1]:\(port)"] {
                let response = try await RawHTTP.get(port: port, "/briefs/work-in-progress/", host: host)
                #expect(response.status == 200, "\(host)")
            }
            for host in ["rebound.example:\(port)", "rebound.example", "127.0.0.1", "127.0.0.1:\(port + 1)", "localhost.rebound.example:\(port)",
                         "127.0.0.1:\(port)@rebound.example", ""] {
                let response = try await RawHTTP.get(port: port, "/briefs/work-in-progress/", host: host)
                #expect(response.status == 421, "\(host)")
                #expect(!response.body.contains("Work in progress"), "the draft is not shown to \(host)")
                #expect(response.headers["connection"] == "close")
            }
        }
    }

    @Test func oversizedRequestLinesAndHeadersAreRefused() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { _, port in
            let started = Date()
            let long = try await RawHTTP.get(port: port, "/" + String(repeating: "a", count: 100_000))
            #expect(long.status == 414)
            let header = try await RawHTTP.get(port: port, "/", headers: ["X-Big": String(repeating: "b", count: 20_000)])
            #expect(header.status == 431)
            let many = (0..<150).map { "X-Header-\($0): x\r\n" }.joined()
            let manyHeaders = try await RawHTTP.send(port: port, Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(many)\r\n".utf8),
                                                     describing: "150 headers")
            #expect(manyHeaders.status == 431)
            let malformed = try await RawHTTP.send(port: port, Array("GET /\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8), describing: "no version")
            #expect(malformed.status == 400)
            #expect(Date().timeIntervalSince(started) < 5)
            #expect(try await RawHTTP.get(port: port, "/").status == 200)
        }
    }

    @Test func aSlowClientIsTimedOutAndOthersAreStillAnswered() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview(limits: Self.quickLimits) { server, port in
            let slow = try SlowClient(port: port, sending: "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Slow: ")
            let silent = try SlowClient(port: port, sending: "")
            try await Task.sleep(for: .milliseconds(300))
            #expect(await server.connectionCount == 2)
            #expect(try await RawHTTP.get(port: port, "/", timeout: 10).status == 200, "answered while two clients dawdle")
            // Closed after the two-second head timeout, with room for a test machine running every suite at once.
            let (status, seconds) = try await slow.waitForClose(within: 12)
            #expect(status == 408 && seconds < 10, "\(String(describing: status)) after \(seconds) s")
            let (silentStatus, silentSeconds) = try await silent.waitForClose(within: 12)
            #expect(silentStatus == nil && silentSeconds < 10, "a client that sent nothing is just closed")
        }
    }

    @Test func aBoundedLoadLeavesTheServerAnswering() async throws {
        let script = Repository.root.appendingPathComponent("scripts/preview-load")
        let hub = try FixtureHub.preview()
        try await hub.withPreview(limits: Self.quickLimits) { server, port in
            let result = try await Self.run(["/usr/bin/python3", script.path, "--port", "\(port)", "--slow", "150", "--huge", "4",
                                             "--headers", "20", "--head-timeout", "2", "--probe-limit", "5",
                                             // Room for a test machine running every suite at once.
                                             "--margin", "8"])
            #expect(result.status == 0, "\(result.output)")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
            #expect(summary["passed"] as? Bool == true, "\(summary)")
            #expect((summary["connections"] as? Int ?? 0) <= 400)
            #expect(try await RawHTTP.get(port: port, "/").status == 200)
            let started = Date()
            await server.stop()
            #expect(Date().timeIntervalSince(started) < 2, "stopped in \(Date().timeIntervalSince(started)) s")
        }
    }

    @Test func stopsAtOnceWithClientsConnectedAndAPollHeld() async throws {
        let hub = try FixtureHub.preview()
        let server = try PreviewServer(configuration: PreviewConfiguration(
            contentDirectory: hub.content.path, themeDirectory: hub.theme.path, port: 0, liveReloadHold: .seconds(30)))
        let port = try #require(try await server.start().port)
        var clients: [SlowClient] = []
        for _ in 0..<50 { clients.append(try SlowClient(port: port, sending: "GET / HTTP/1.1\r\nHo")) }
        let version = await server.buildVersion
        let poll = Task { try? await RawHTTP.get(port: port, "/__livereload?v=\(version)", timeout: 30) }
        try await Task.sleep(for: .milliseconds(300))
        let started = Date()
        await server.stop()
        // Not held for the 30 s poll: the bound leaves room for a test machine running every suite at once
        // (the command-line test holds Ctrl-C to a second).
        #expect(Date().timeIntervalSince(started) < 5)
        _ = await poll.value
        #expect(!FileManager.default.fileExists(atPath: server.buildRoot))
        for client in clients { _ = try await client.waitForClose(within: 2) }
    }

    @Test func theBuildFolderIsPrivateAndRemovedWhenLeftByAKilledServer() async throws {
        let hub = try FixtureHub.preview()
        try await hub.withPreview { server, _ in
            let status = try #require(FileStatusMode(path: server.buildRoot))
            #expect(status.mode & 0o777 == 0o700, "mode \(String(status.mode & 0o777, radix: 8))")
            #expect(status.owner == getuid())
        }
        // What a server killed with SIGKILL leaves: its folder, with a lock file no process holds.
        let left = PrivateBuildFolder.newPath()
        #expect(mkdir(left, 0o700) == 0)
        try Data("<p>draft</p>".utf8).write(to: URL(fileURLWithPath: left + "/draft.html"))
        let lock = open(left + "/" + PrivateBuildFolder.lockName, O_RDWR | O_CREAT, 0o600)
        #expect(lock >= 0)
        // While a live server holds the lock, the folder is kept.
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        PrivateBuildFolder.removeAbandoned()
        #expect(FileManager.default.fileExists(atPath: left))
        close(lock)
        // Its holder gone, the next server to start removes it.
        try await hub.withPreview { _, _ in
            #expect(!FileManager.default.fileExists(atPath: left))
        }
    }

    /// Runs a program; its exit status and standard output.
    static func run(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: arguments[0])
                    process.arguments = Array(arguments.dropFirst())
                    let output = Pipe()
                    process.standardOutput = output
                    try process.run()
                    let data = output.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
                })
            }
        }
    }
}

/// The mode and owner of a folder.
struct FileStatusMode {
    let mode: UInt32
    let owner: uid_t

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        mode = UInt32(status.st_mode)
        owner = status.st_uid
    }
}

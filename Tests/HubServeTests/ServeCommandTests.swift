import Foundation
@testable import HubServe
import HubTestSupport
import Testing

/// `learning-hub serve` as its author runs it: Ctrl-C stops it within a second, whatever its
/// clients are doing, and its private build folder goes with it; a server killed outright leaves
/// its folder to the next one.
@Suite(.enabled(if: BuiltCommand.executable != nil, "the learning-hub executable is not built"))
struct ServeCommandTests {
    /// A `serve` process on a free port, once it has printed its URL.
    final class Serving: @unchecked Sendable {
        let process = Process()
        let port: Int

        init(_ hub: FixtureHub) throws {
            process.executableURL = BuiltCommand.executable
            process.arguments = ["serve", "--port", "0", "--content", hub.content.path, "--theme", hub.theme.path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var seen = ""
            let deadline = Date().addingTimeInterval(60)
            while !seen.contains("Serving http://127.0.0.1:"), Date() < deadline {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { break }
                seen += String(decoding: data, as: UTF8.self)
            }
            guard let range = seen.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
                  let port = Int(seen[range].dropFirst("127.0.0.1:".count).dropLast()) else {
                process.terminate()
                throw RawHTTP.Failure(description: "serve did not print its URL: \(seen)")
            }
            self.port = port
        }

        /// The private build folders of this process.
        var buildFolders: [String] {
            let temporary = FileManager.default.temporaryDirectory.path
            let prefix = "\(PrivateBuildFolder.prefix)\(process.processIdentifier)-"
            return ((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [])
                .filter { $0.hasPrefix(prefix) }.map { temporary + "/" + $0 }
        }

        /// Sends `signal` and waits for the process to end; the seconds it took.
        func end(with signal: Int32) -> Double {
            let started = Date()
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            return Date().timeIntervalSince(started)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func ctrlCStopsWithinASecondUnderLoadAndRemovesTheBuildFolder() async throws {
        let hub = try FixtureHub.preview()
        let serving = try Serving(hub)
        let folder = try #require(serving.buildFolders.first)
        #expect(try #require(FileStatusMode(path: folder)).mode & 0o777 == 0o700)
        var clients: [SlowClient] = []
        for _ in 0..<100 { clients.append(try SlowClient(port: serving.port, sending: "GET / HTTP/1.1\r\nHost: 127.0.0.1")) }
        let long = Task { try? await RawHTTP.get(port: serving.port, "/" + String(repeating: "a", count: 1_000_000), timeout: 5) }
        let poll = Task { try? await RawHTTP.get(port: serving.port, "/__livereload?v=1", timeout: 30) }
        #expect(try await RawHTTP.get(port: serving.port, "/", timeout: 5).status == 200)
        _ = await long.value
        let seconds = serving.end(with: SIGINT)
        #expect(seconds < 1, "stopped \(seconds) s after Ctrl-C")
        #expect(serving.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
        _ = await poll.value
    }

    @Test(.timeLimit(.minutes(1)))
    func aKilledServersFolderIsRemovedByTheNextStart() async throws {
        let hub = try FixtureHub.preview()
        let killed = try Serving(hub)
        let folder = try #require(killed.buildFolders.first)
        _ = killed.end(with: SIGKILL)
        #expect(FileManager.default.fileExists(atPath: folder), "a killed server cannot clean up")
        let next = try Serving(hub)
        #expect(!FileManager.default.fileExists(atPath: folder))
        _ = next.end(with: SIGTERM)
        #expect(next.buildFolders.isEmpty)
    }
}

import Foundation
import HubModel
@testable import HubSite
import HubSupport
import Testing
import HubTestSupport

/// What a killed build leaves beside the output folder, and two builds into one folder at once.
@Suite struct OutputLeftoverAndLockTests {
    static func build(_ hub: FixtureHub, cache: String? = nil, beforeWrite: (@Sendable (String) throws -> Void)? = nil) -> BuildReport {
        var builder = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, themeDirectory: Repository.defaultTheme.path,
                                                        outputDirectory: hub.output.path, load: LoadOptions(today: FixtureHub.today),
                                                        cacheDirectory: cache))
        builder.beforeWrite = beforeWrite
        return builder.build()
    }

    /// The names beside the output folder that start with `.public`.
    static func besideOutput(_ hub: FixtureHub) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: hub.root.path).filter { $0.hasPrefix(".public") }.sorted()
    }

    /// A folder as a killed build leaves it: marked as the generator's, holding `text` in a page.
    static func leaveFolder(_ name: String, in hub: FixtureHub, text: String) throws {
        let folder = hub.root.appendingPathComponent(name)
        try hub.write(OutputFolder.markerName, "written by learning-hub\n", under: folder)
        try hub.write("reviews/withdrawn/index.html", "<p>\(text)</p>\n", under: folder)
    }

    @Test(arguments: [false, true])
    func leftoversOfAKilledBuildAreRemovedByTheNext(cached: Bool) throws {
        let hub = try FixtureHub.testShire()
        let cache = cached ? hub.root.appendingPathComponent(".hub-cache").path : nil
        #expect(Self.build(hub, cache: cache).succeeded)
        try Self.leaveFolder(".public.building-4242-abcd1234", in: hub, text: "half a build")
        try Self.leaveFolder(".public.previous-4242-abcd1234", in: hub, text: "Pangolin withdrawn text")
        // Another output's leftovers are not this build's to remove.
        try Self.leaveFolder(".other.building-4242-abcd1234", in: hub, text: "another site")
        #expect(Self.build(hub, cache: cache).succeeded)
        #expect(try Self.besideOutput(hub) == [])
        #expect(FileManager.default.fileExists(atPath: hub.root.appendingPathComponent(".other.building-4242-abcd1234").path))
    }

    @Test func anOutputKilledBetweenTheTwoRenamesIsPutBackBeforeAFailedBuild() throws {
        let hub = try FixtureHub.testShire()
        #expect(Self.build(hub).succeeded)
        let before = hub.snapshot()
        // Killed after the old site was moved aside and before the new one was moved in.
        try FileManager.default.moveItem(at: hub.output, to: hub.root.appendingPathComponent(".public.previous-4242-abcd1234"))
        try Self.leaveFolder(".public.building-4242-abcd1234", in: hub, text: "the new site, complete")
        try hub.write("briefs/broken.md", TestShire.brief(themes: ["neglet"]))
        #expect(!Self.build(hub).succeeded)
        #expect(hub.snapshot() == before, "the last good site is back in place")
        #expect(try Self.besideOutput(hub) == [])
    }

    @Test(.enabled(if: BuiltCommand.executable != nil, "the learning-hub executable is not built"))
    func aBuildKilledWhileWritingLeavesNothingAfterTheNextBuild() throws {
        let executable = try #require(BuiltCommand.executable)
        let hub = try FixtureHub.testShire()
        for number in 0..<300 {
            try hub.write("briefs/brief-\(number).md", TestShire.brief(title: "Brief \(number)", body: String(repeating: "Learning. ", count: 400)))
        }
        let arguments = ["build", "--content", hub.content.path, "--theme", Repository.defaultTheme.path, "--output", hub.output.path]
        for cache in [["--no-cache"], ["--cache", hub.root.appendingPathComponent("cache").path]] {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments + cache
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Killed as soon as it has started writing its staging folder.
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning, Date() < deadline, try Self.besideOutput(hub).allSatisfy({ !$0.contains(".building-") }) {
                Thread.sleep(forTimeInterval: 0.005)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try Self.besideOutput(hub).contains { $0.hasPrefix(".public.building-") }, "the kill left a staging folder")
            let after = try BuiltCommand.run(arguments + cache)
            #expect(after.status == 0, "\(after.errors)")
            #expect(try Self.besideOutput(hub) == [])
            #expect(hub.exists("briefs/brief-299/index.html"))
        }
    }

    @Test func aSecondBuildIntoTheSameOutputSaysAnotherIsRunning() throws {
        let hub = try FixtureHub.testShire()
        #expect(Self.build(hub).succeeded)
        let firstIsWriting = DispatchSemaphore(value: 0)
        let secondHasRun = DispatchSemaphore(value: 0)
        let firstFinished = DispatchSemaphore(value: 0)
        let outcome = ReportBox()
        Thread.detachNewThread {
            outcome.report = Self.build(hub) { path in
                if path == "index.html" {
                    firstIsWriting.signal()
                    secondHasRun.wait()
                }
            }
            firstFinished.signal()
        }
        firstIsWriting.wait()
        try hub.write("briefs/child-a-brief.md", TestShire.brief(title: "A second build's title"))
        let second = Self.build(hub)
        secondHasRun.signal()
        firstFinished.wait()
        let firstReport = try #require(outcome.report)
        #expect(firstReport.succeeded)
        #expect(!second.succeeded)
        let error = second.diagnostics.first { $0.severity == .error }
        #expect(error?.message == "another learning-hub build (process \(getpid())) is writing to this output folder", "\(second.diagnostics)")
        #expect(error?.hint?.contains("wait for it to finish") == true)
        #expect(hub.page("briefs/child-a-brief/index.html")?.contains("A second build") == false)
        // Once the first has finished, the folder is free again.
        #expect(Self.build(hub).succeeded)
        #expect(hub.page("briefs/child-a-brief/index.html")?.contains("A second build") == true)
        #expect(try Self.besideOutput(hub) == [])
    }
}

/// A build report handed from another thread.
private final class ReportBox: @unchecked Sendable {
    var report: BuildReport?
}

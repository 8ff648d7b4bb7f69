import ArgumentParser
import Foundation
import HubModel
import HubSite

/// `learning-hub build`: checks the hub and writes the site, replacing the output folder only on success.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the hub and build the static site."
    )

    @OptionGroup var hub: HubOptions

    @Option(name: .long, help: "The folder to write the site to; it is replaced only when the build succeeds.")
    var output = "public"

    @Flag(name: .long, help: "Print how long each stage of the build took.")
    var timings = false

    @Option(name: .long, help: "The folder where a build keeps what the next one can reuse (never inside the output).")
    var cache = ".hub-cache"

    @Flag(name: .long, help: "Build everything from scratch, without reading or updating the cache.")
    var noCache = false

    func run() throws {
        MemoryAllocator.keepFreedMemory()
        let outputExisted = FileManager.default.fileExists(atPath: output)
        var options = try hub.buildOptions(output: output)
        options.cacheDirectory = noCache ? nil : cache
        options.freesMemory = false
        let display = ProgressLine.forStandardError()
        options.load.progress = display.map { line in BuildProgress { line.show($0) } }
        let report = SiteBuilder(options: options).build()
        display?.clear()
        DiagnosticPrinter.print(report.diagnostics)
        let tally = DiagnosticPrinter.tally(errors: report.errorCount, warnings: report.warningCount)
        guard report.succeeded else {
            let untouched = outputExisted ? "\(output)/ was left as it was" : "nothing was written (there is no \(output)/ yet)"
            FileHandle.standardError.write(Data("build failed: \(tally); \(untouched)\n".utf8))
            throw ExitCode.failure
        }
        if timings {
            for step in report.steps {
                print(step.step.rawValue.padding(toLength: 32, withPad: " ", startingAt: 0)
                      + String(format: "%7.2f s  (%.2f s CPU)", step.seconds, step.cpuSeconds))
                for part in step.parts {
                    print(("  " + part.name).padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: "%7.2f s", part.seconds))
                }
            }
        }
        let seconds = String(format: "%.2f", report.seconds)
        let kept = report.filesReused > 0 ? "; \(report.filesReused) unchanged files kept from the last build" : ""
        print("built \(report.documentCount) documents into \(output)/: \(report.pageCount) pages, \(report.fileCount) other files in \(seconds) s (\(tally)\(kept))")
    }
}

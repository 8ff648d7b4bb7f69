import ArgumentParser
import Foundation
import HubSite

/// `learning-hub check`: every check of a build, writing nothing; the exit status tells CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the hub and its links without writing anything."
    )

    @OptionGroup var hub: HubOptions

    func run() throws {
        MemoryAllocator.keepFreedMemory()
        let result = SiteBuilder(options: try hub.buildOptions(output: "public")).check()
        DiagnosticPrinter.print(result.diagnostics)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let tally = DiagnosticPrinter.tally(errors: errors, warnings: result.diagnostics.count - errors)
        if errors > 0 || result.hub == nil {
            FileHandle.standardError.write(Data("check failed: \(tally)\n".utf8))
            throw ExitCode.failure
        }
        print("check passed: \(result.hub!.documents.count) documents (\(tally))")
    }
}

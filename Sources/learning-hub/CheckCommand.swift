import ArgumentParser
import Foundation
import HubSite

/// `learning-hub check`: every check of a build, writing nothing; the exit status tells CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the hub and its links without writing anything.",
        discussion: """
            Runs every check of a build and reports every problem at once. Drafts are checked too (their \
            identifiers are warnings until they are published); the exit status is 1 after any error.
            """
    )

    @OptionGroup var hub: HubOptions

    func run() throws {
        MemoryAllocator.keepFreedMemory()
        let result = SiteBuilder(options: try hub.buildOptions(output: "public")).check()
        DiagnosticPrinter.print(result.diagnostics)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let tally = DiagnosticPrinter.tally(errors: errors, warnings: result.diagnostics.count - errors)
        let drafts = result.draftCount == 1 ? "1 draft" : "\(result.draftCount) drafts"
        guard errors == 0, let hub = result.hub else {
            FileHandle.standardError.write(Data("check failed: \(tally); \(drafts) checked with the rest\n".utf8))
            throw ExitCode.failure
        }
        print("check passed: \(hub.documents.count) documents to publish and \(drafts), all checked (\(tally))")
    }
}

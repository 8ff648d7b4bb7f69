import ArgumentParser
import Dispatch
import Foundation
import HubModel
import HubServe
import HubSite

/// `learning-hub serve`: a local preview, drafts included, rebuilt and reloaded as the hub changes.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the hub, drafts included, on 127.0.0.1; rebuild and reload as files change.",
        discussion: """
            The preview is built into a temporary folder (never into the content folder or public/) and \
            always includes drafts, marked as drafts. Edits to the content folder or the site theme are \
            rebuilt at once and open pages reload by themselves; while the hub does not build, every page \
            shows the errors instead. Stop with Ctrl-C.
            """
    )

    @OptionGroup var hub: HubOptions

    @Option(name: .long, help: "The port to listen on, on 127.0.0.1 only; 0 picks a free port.")
    var port: UInt16 = 8080

    func run() throws {
        // Everything the preview writes (drafts included) is readable by this user only.
        umask(0o077)
        let load = try hub.buildOptions(output: "public").load
        let content = hub.content
        let theme = hub.theme
        let server = try PreviewServer(configuration: PreviewConfiguration(
            contentDirectory: content, themeDirectory: theme, load: load, port: port,
            onBuild: { report in Self.describe(report, content: content) }))

        let outcome = Outcome()
        let finished = DispatchSemaphore(value: 0)
        let serving = Task.detached {
            do {
                let url = try await server.start()
                let watching = theme.map { "\(content)/ and \($0)/" } ?? "\(content)/"
                Self.say("Serving \(url) (drafts included), watching \(watching). Press Ctrl-C to stop.")
                await server.waitUntilStopped()
            } catch {
                outcome.fail(error)
            }
            // Ctrl-C stops at once: a build still running is given a moment, then ends with the process.
            await server.stop(waitingForBuild: .milliseconds(300))
            finished.signal()
        }
        // Ctrl-C or a polite kill: stop serving, remove the preview builds, exit.
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { serving.cancel() }
            source.resume()
            sources.append(source)
        }
        finished.wait()
        sources.forEach { $0.cancel() }
        if let error = outcome.error {
            var message = "error: \(error)"
            if port != 0, "\(error)".contains("cannot listen") { message += "\n    hint: is another server using port \(port)? Choose another with --port, or --port 0 for any free port" }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode.failure
        }
        Self.say("Stopped.")
    }

    /// After each build: its diagnostics on standard error, one line of what happened on standard output.
    static func describe(_ report: BuildReport, content: String) {
        DiagnosticPrinter.print(report.diagnostics)
        let tally = DiagnosticPrinter.tally(errors: report.errorCount, warnings: report.warningCount)
        let time = String(format: "%.2f", report.seconds)
        if report.succeeded {
            say("Built \(report.documentCount) documents in \(time) s (\(tally)).")
        } else {
            say("The hub does not build (\(tally)): open pages show the errors until they are fixed.")
        }
    }

    /// Writes a line to standard output at once (no buffering), so that scripts and tests can read the URL.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

extension ServeCommand {
    /// The error that ended serving, if any, set from the serving task and read on the main thread.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var storedError: (any Error)?

        func fail(_ error: any Error) {
            lock.lock()
            storedError = error
            lock.unlock()
        }

        var error: (any Error)? {
            lock.lock()
            defer { lock.unlock() }
            return storedError
        }
    }
}

import Foundation

/// One of poppler's command-line tools (`pdfinfo`, `pdftotext`, from Debian's `poppler-utils`), found
/// on `PATH` or in the usual folders.
struct PopplerTool: Sendable {
    let executable: URL

    /// The tool named `name`, or nil when it is not installed.
    init?(_ name: String) {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        guard let folder = folders.first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }) else { return nil }
        executable = URL(fileURLWithPath: "\(folder)/\(name)")
    }

    /// Runs the tool with `arguments`; `output` is given its standard output in chunks as it comes.
    /// Returns the exit status and the start of what it wrote to standard error.
    func run(_ arguments: [String], output: (Data) -> Void) -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, "\(executable.lastPathComponent) could not be started: \(error.localizedDescription)")
        }
        // Standard error is read on another thread, so that neither pipe can fill up and stall the tool.
        let errors = ErrorText(err.fileHandleForReading)
        let reader = out.fileHandleForReading
        while let chunk = try? reader.read(upToCount: 1 << 16), !chunk.isEmpty { output(chunk) }
        process.waitUntilExit()
        return (process.terminationStatus, errors.text())
    }

    /// What a tool writes to standard error (its first 2,000 bytes), read on a thread of its own.
    private final class ErrorText: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                while let chunk = try? handle.read(upToCount: 4096), !chunk.isEmpty {
                    if data.count < 2000 { data.append(chunk) }
                }
                done.signal()
            }
        }

        func text() -> String {
            done.wait()
            return String(decoding: data.prefix(2000), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}

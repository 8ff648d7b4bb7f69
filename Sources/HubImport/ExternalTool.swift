import Foundation

/// A program the import runs (pandoc, pdftotext, pdfinfo), found on `PATH`.
struct ExternalTool: Sendable {
    let name: String
    /// The Debian package that installs it.
    let package: String

    static let pandoc = ExternalTool(name: "pandoc", package: "pandoc")
    static let pdftotext = ExternalTool(name: "pdftotext", package: "poppler-utils")
    static let pdfinfo = ExternalTool(name: "pdfinfo", package: "poppler-utils")

    /// What a run gave.
    struct Output {
        let status: Int32
        let standardOutput: Data
        let standardError: String
    }

    /// The program's path, nil when it is not installed.
    var path: String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the program with `arguments`, its output going to files in `scratch` (so that neither pipe can
    /// fill up); after `timeLimit` seconds, if given, it is stopped (and its status is then not 0).
    func run(_ arguments: [String], scratch: String, environment: [String: String] = [:], timeLimit: Double? = nil,
             for file: String) throws -> Output {
        guard let path else {
            throw ImportError(file: file, "\(name) is not installed, and is needed to read this file",
                              hint: "install the Debian package '\(package)' (scripts/install does), e.g. sudo apt-get install \(package)")
        }
        let out = scratch + "/\(name)-\(UUID().uuidString).out"
        let err = scratch + "/\(name)-\(UUID().uuidString).err"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        let finished = Flag()
        if let timeLimit {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) {
                finished.unlessSet { _ = kill(pid, SIGKILL) }
            }
        }
        process.waitUntilExit()
        finished.unlessSet {}
        return Output(status: process.terminationStatus,
                      standardOutput: FileManager.default.contents(atPath: out) ?? Data(),
                      standardError: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))
    }

    /// Set once, under a lock: a time limit must not stop a process that has already been waited for.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var isSet = false

        /// Runs `body` and sets the flag, unless it was already set.
        func unlessSet(_ body: () -> Void) {
            lock.withLock {
                guard !isSet else { return }
                isSet = true
                body()
            }
        }
    }
}

import Foundation

/// Runs programs from tests: the `learning-hub` executable built beside them, and the tools the tests
/// make their files with (pandoc, Chromium, qpdf, python3).
public enum CommandRunner {
    /// What a run printed, and its exit status.
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    /// The `learning-hub` executable built beside the tests, if there is one.
    public static let learningHub: URL? = {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
            .flatMap { [$0.appendingPathComponent("learning-hub"), $0.deletingLastPathComponent().appendingPathComponent("learning-hub")] }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The path of `program` on `PATH`, nil when it is not installed.
    public static func find(_ program: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` with `arguments` in `directory`, its environment's `PATH` replaced if `path` is given.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in directory: String? = nil, path: String? = nil,
                           input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let path { process.environment = ProcessInfo.processInfo.environment.merging(["PATH": path]) { _, new in new } }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        let (out, err) = (scratch.appendingPathExtension("out"), scratch.appendingPathExtension("err"))
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      errors: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Prints `html` to a PDF with headless Chromium, which adds a header with the date and title, and a
    /// footer with the address and "page/pages", on every page (unless `headerAndFooter` is false).
    public static func printToPDF(html: String, to pdf: String, headerAndFooter: Bool = true) throws {
        let page = (pdf as NSString).deletingPathExtension + ".html"
        try Data(html.utf8).write(to: URL(fileURLWithPath: page))
        guard let chromium = find("chromium") ?? find("chromium-browser") ?? find("google-chrome") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "Chromium is not installed (scripts/install-deps --test)"])
        }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let result = try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                                        "--print-to-pdf=" + pdf] + (headerAndFooter ? [] : ["--no-pdf-header-footer"]) + ["file://" + page])
        guard FileManager.default.fileExists(atPath: pdf) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "Chromium wrote no PDF: \(result.errors)"])
        }
    }
}

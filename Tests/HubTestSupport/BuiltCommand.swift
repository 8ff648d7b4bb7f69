import Foundation

/// The `learning-hub` executable built beside the tests (`swift build --build-tests` builds it), for
/// tests of the command line itself: its exit status, its signals, its output.
public enum BuiltCommand {
    /// The executable, if it has been built.
    public static let executable: URL? = {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
            .flatMap { [$0.appendingPathComponent("learning-hub"), $0.deletingLastPathComponent().appendingPathComponent("learning-hub")] }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs the command with `arguments` to its end: its exit status, standard output and standard error.
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

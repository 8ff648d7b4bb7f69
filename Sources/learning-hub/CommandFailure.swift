import ArgumentParser
import Foundation

/// A command that cannot do what it was asked.
enum CommandFailure {
    /// Prints `error: message` and its hint to standard error; the command then exits with status 1.
    static func report(_ message: String, hint: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n    hint: \(hint)\n".utf8))
        return .failure
    }
}

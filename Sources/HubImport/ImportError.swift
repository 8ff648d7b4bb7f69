/// Why a file could not be imported; nothing was written for it.
public struct ImportError: Error, CustomStringConvertible, Sendable {
    /// The file, as the user named it.
    public let file: String
    public let message: String
    public let hint: String

    public init(file: String, _ message: String, hint: String) {
        self.file = file
        self.message = message
        self.hint = hint
    }

    /// `file: error: message` and the hint, as the command prints it.
    public var description: String { "\(file): error: \(message)\n    hint: \(hint)" }
}

/// A problem with the output folder or with writing to it.
public struct OutputError: Error {
    public let path: String
    public let message: String
    public var hint: String?

    public init(path: String, message: String, hint: String? = nil) {
        self.path = path
        self.message = message
        self.hint = hint
    }
}

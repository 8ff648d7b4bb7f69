/// Reads a text kept somewhere else (a cache file), when it is first needed.
public protocol TextLoader: Sendable {
    /// The text, or an error if it can no longer be read.
    func load() throws -> String
}

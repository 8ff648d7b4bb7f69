import Foundation

/// An output that hands every file to a closure and never keeps a previous one.
public struct ClosureSink: OutputSink {
    public let handler: @Sendable (String, Data) throws -> Void

    public init(handler: @escaping @Sendable (String, Data) throws -> Void) {
        self.handler = handler
    }

    public func write(_ path: String, _ data: Data) throws {
        try handler(path, data)
    }

    public func write(_ path: String, key: @autoclosure () -> Fingerprint?, produce: () throws -> Data) throws -> Bool {
        try handler(path, try produce())
        return false
    }

    public func writeFamily(key: @autoclosure () -> Fingerprint, produce: () throws -> [SiteFile]) throws {
        for file in try produce() { try handler(file.path, file.data) }
    }
}

import Foundation
import HubModel

/// An output that hands every file to a closure and never keeps a previous one.
struct ClosureSink: OutputSink {
    let handler: @Sendable (String, Data) throws -> Void

    func write(_ path: String, _ data: Data) throws {
        try handler(path, data)
    }

    func write(_ path: String, key: Fingerprint, produce: () throws -> Data) throws -> Bool {
        try handler(path, try produce())
        return false
    }
}

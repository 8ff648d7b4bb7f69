import Foundation

/// Where a build's files go. Paths are relative to the site root.
///
/// Methods are called from several threads at once, each time for a different path.
public protocol OutputSink: Sendable {
    /// Writes `data` at `path`.
    func write(_ path: String, _ data: Data) throws

    /// Writes what `produce` makes at `path`, unless the previous build wrote `path` under the same
    /// `key` and that file can be kept: then `produce` is not called. A nil key stands for the bytes
    /// made. An output that keeps nothing never works out the key. Returns whether the previous file was kept.
    @discardableResult
    func write(_ path: String, key: @autoclosure () -> Fingerprint?, produce: () throws -> Data) throws -> Bool

    /// Writes the files `produce` makes, which are made together and whose paths are known only by
    /// making them, unless the previous build wrote files under the same `key` and all can be kept.
    func writeFamily(key: @autoclosure () -> Fingerprint, produce: () throws -> [SiteFile]) throws
}

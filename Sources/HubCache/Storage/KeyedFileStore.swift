import HubSupport
import Foundation

/// A folder of files named by fingerprint, each starting with a format mark: the storage under
/// the document cache and the search index's tokenised runs.
///
/// Files are written in place, not atomically: one cut short by a crash fails its reader's checks
/// and is a miss. A store that cannot be written only costs speed, so write failures are ignored.
public struct KeyedFileStore: Sendable {
    public let directory: String
    /// The first bytes of every file, naming the format; a file without them is a miss.
    let magic: [UInt8]

    public init(directory: String, magic: String) {
        self.directory = directory
        self.magic = Array(magic.utf8)
    }

    /// The file of `key`.
    func path(for key: Fingerprint) -> String {
        (directory as NSString).appendingPathComponent(key.description)
    }

    /// Reads the file stored under `key` with `read`, after its format mark; nil if there is none
    /// or `read` fails.
    public func read<T>(_ key: Fingerprint, _ read: (inout BinaryReader) throws -> T) -> T? {
        guard let data = PlainFile.read(path(for: key)), data.starts(with: magic) else { return nil }
        return data.withUnsafeBytes { file in
            var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: file[magic.count...]))
            guard let value = try? read(&reader), reader.isAtEnd else { return nil }
            return value
        }
    }

    /// Stores what `write` writes under `key`, after the format mark.
    /// Returns what was written after the format mark.
    @discardableResult
    public func write(_ key: Fingerprint, _ write: (inout BinaryWriter) -> Void) -> [UInt8] {
        var writer = BinaryWriter()
        write(&writer)
        let data = Data(magic + writer.bytes)
        if (try? PlainFile.write(data, to: path(for: key))) == nil {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? PlainFile.write(data, to: path(for: key))
        }
        return writer.bytes
    }

    /// Removes every file but those of `keys`, so the store does not grow with every edit.
    public func prune(keeping keys: Set<Fingerprint>) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            guard let key = Fingerprint(hex: name), !keys.contains(key) else { continue }
            try? FileManager.default.removeItem(atPath: path(for: key))
        }
    }
}

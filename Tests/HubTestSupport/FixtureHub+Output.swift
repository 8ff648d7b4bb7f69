import Foundation

/// Reading what a build wrote into `output`.
extension FixtureHub {
    /// The text of a file in the output folder, or nil.
    public func page(_ relative: String) -> String? {
        (try? Data(contentsOf: output.appendingPathComponent(relative))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a file in the output folder, or nil.
    public func data(_ relative: String) -> Data? {
        try? Data(contentsOf: output.appendingPathComponent(relative))
    }

    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(relative).path)
    }

    /// Every file under the output folder, relative to it, with its bytes; with `listingFolders`,
    /// every folder too (as "path/", with no bytes).
    public func snapshot(listingFolders: Bool = false) -> [String: Data] {
        Self.files(under: output, listingFolders: listingFolders)
    }

    /// The inode of an output file: the same inode means a build kept the file rather than wrote it.
    public func identity(of relative: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(relative).path))?[.systemFileNumber]
            .flatMap { ($0 as? NSNumber)?.uint64Value }
    }

    /// Every file under `folder` with its bytes, and with `listingFolders` every folder (as "path/").
    public static func files(under folder: URL, listingFolders: Bool = false) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let relative = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                files[relative] = try? Data(contentsOf: url)
            } else if listingFolders {
                files[relative + "/"] = Data()
            }
        }
        return files
    }
}

import Foundation
import HubMarkdown

/// Documents loaded by earlier builds, so that a build reads Markdown, parses front matter,
/// renders and checks only the documents that changed.
///
/// An entry is found by the fingerprint of everything its parse depended on (the file's bytes
/// and path, the hub's settings, the generator); its rendering is reused only while the
/// rendering context (what its links lead to, the denylist, its publication state) is the same.
/// Each entry is one file: a binary header (`CachedDocument+Binary`), then the plain text as raw
/// UTF-8. The HTML is not kept: most cached documents' pages are kept from the last build, and
/// the loader renders the HTML again, lazily, for those that are not.
public struct DocumentCache: Sendable {
    public let directory: String
    /// Stands for the generator and anything else that shapes every document.
    public let environment: Fingerprint

    public init(directory: String, environment: Fingerprint) {
        self.directory = directory
        self.environment = environment
    }

    private static let magic = Data("LHDOC4\n".utf8)

    /// The key of the file at `sourcePath` with `text`, parsed under a hub with `config`.
    func key(text: String, sourcePath: String, displayPath: String, config: HubConfig) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("document")
        hasher.combine(environment)
        hasher.combine(config.fingerprint)
        hasher.combine(sourcePath)
        hasher.combine(displayPath)
        hasher.combine(text)
        return hasher.finalize()
    }

    /// What rendering and checking `document` depends on besides its own text: where its links
    /// lead, whether its report exists, the denylist and its publication state (which decides
    /// whether a finding is an error or a warning).
    func renderingContext(_ document: Document, state: PublicationState, links: [MarkdownLink],
                          resolver: LinkResolver, denylist: Denylist) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("rendering")
        hasher.combine(environment)
        hasher.combine(String(describing: state))
        hasher.combine(denylist.names.count)
        for name in denylist.names { hasher.combine(name) }
        hasher.combine(resolver.fingerprint(of: links, in: document))
        if let report = document.review?.reportAsset { hasher.combine(resolver.assetFiles.contains(report)) }
        return hasher.finalize()
    }

    private func path(for key: Fingerprint) -> String {
        (directory as NSString).appendingPathComponent(key.description)
    }

    /// The entry stored under `key`, or nil if there is none or it cannot be read.
    func entry(for key: Fingerprint) -> CachedDocument? {
        guard let data = FileManager.default.contents(atPath: path(for: key)), data.starts(with: Self.magic) else { return nil }
        var reader = data.dropFirst(Self.magic.count)
        guard let headerLength = Self.readLength(&reader), reader.count >= headerLength,
              var entry = reader.prefix(headerLength).withUnsafeBytes({ try? CachedDocument(binaryHeader: $0) }) else { return nil }
        reader = reader.dropFirst(headerLength)
        if let rendering = entry.rendering {
            guard let textLength = Self.readLength(&reader), reader.count == textLength else { return nil }
            let content = rendering.content
            // The HTML is not kept: the loader renders it again if the page needs it.
            entry.rendering?.content = RenderedMarkdown(html: "", headings: content.headings, links: content.links,
                                                        plainText: String(decoding: reader, as: UTF8.self),
                                                        wordCount: content.wordCount)
        }
        return entry
    }

    /// Stores `entry` under `key`. A cache that cannot be written only costs speed, so failures are ignored.
    func store(_ entry: CachedDocument, for key: Fingerprint) {
        var header = entry
        header.document.content = RenderedMarkdown(html: "", headings: [], links: [], plainText: "", wordCount: 0)
        header.document.contentFingerprint = Fingerprint(high: 0, low: 0)
        header.document.body = ""
        header.document.frontMatterText = ""
        var blobs: [Data] = []
        if let rendering = entry.rendering {
            let content = rendering.content
            header.rendering?.content = RenderedMarkdown(html: "", headings: content.headings, links: content.links,
                                                         plainText: "", wordCount: content.wordCount)
            blobs = [Data(content.plainText.utf8)]
        }
        let headerBytes = header.binaryHeader()
        var data = Self.magic
        Self.appendLength(headerBytes.count, to: &data)
        data.append(contentsOf: headerBytes)
        for blob in blobs {
            Self.appendLength(blob.count, to: &data)
            data.append(blob)
        }
        // Not atomic: a file cut short by a crash fails the length checks in `entry(for:)` and is ignored.
        if (try? PlainFile.write(data, to: path(for: key))) == nil {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? PlainFile.write(data, to: path(for: key))
        }
    }

    /// Removes every entry but those in `keys`, so the cache does not grow with every edit.
    func prune(keeping keys: Set<Fingerprint>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names {
            guard let key = Fingerprint(hex: name), !keys.contains(key) else { continue }
            try? FileManager.default.removeItem(atPath: path(for: key))
        }
    }

    private static func appendLength(_ length: Int, to data: inout Data) {
        withUnsafeBytes(of: UInt64(length).littleEndian) { data.append(contentsOf: $0) }
    }

    private static func readLength(_ data: inout Data.SubSequence) -> Int? {
        guard data.count >= 8 else { return nil }
        var value: UInt64 = 0
        for (shift, byte) in data.prefix(8).enumerated() { value |= UInt64(byte) << UInt64(shift * 8) }
        data = data.dropFirst(8)
        return value <= UInt64(Int.max) ? Int(value) : nil
    }
}

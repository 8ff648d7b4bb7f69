import HubMarkdown
import HubModel
import HubSupport

/// The binary form of a cache entry: the document's metadata (in its own binary form), the parse's
/// diagnostics, and the rendering, whose plain text and HTML come last, where a reader that holds only
/// the start of the file (its head) leaves them unread.
extension CachedDocument {
    func binaryForm() -> [UInt8] {
        var writer = BinaryWriter()
        write(to: &writer)
        return writer.bytes
    }

    init(binaryForm bytes: UnsafeRawBufferPointer) throws {
        var reader = BinaryReader(bytes)
        try self.init(from: &reader, file: nil)
        guard reader.isAtEnd else { throw BinaryReader.Malformed() }
    }

    /// Writes the entry; a rendering's text and HTML must be at hand.
    func write(to writer: inout BinaryWriter) {
        metadata.write(to: &writer)
        writer.array(parseDiagnostics) { $1.write(to: &$0) }
        writer.optional(rendering) { writer, rendering in
            writer.fingerprint(rendering.context)
            writer.fingerprint(rendering.contentFingerprint)
            writer.array(rendering.headings) { writer, heading in
                writer.int(heading.level)
                writer.string(heading.text)
                writer.string(heading.anchor)
                writer.int(heading.line)
            }
            writer.array(rendering.links) { writer, link in
                writer.string(link.destination)
                writer.int(link.line)
                writer.int(link.column)
                writer.bool(link.isImage)
            }
            writer.int(rendering.wordCount)
            writer.array(rendering.diagnostics) { $1.write(to: &$0) }
            writer.array(rendering.assets) { $0.string($1) }
            // Their lengths here, their bytes at the very end.
            writer.int(rendering.plainText.length)
            writer.int(rendering.html.length)
        }
        if let rendering {
            writer.rawText(rendering.plainText.read() ?? "")
            writer.rawText(rendering.html.read() ?? "")
        }
    }

    /// Where the bytes a reader holds come from: the file, where they start in it, and its size.
    /// A reader may hold only the start of the file, up to or into the rendering's text.
    struct FilePart {
        let path: String
        let offset: Int
        let fileSize: Int
    }

    /// Reads an entry. With a `file`, a text and HTML the reader does not hold whole are left in the
    /// file, to be read when needed.
    init(from reader: inout BinaryReader, file: FilePart?) throws {
        metadata = try DocumentMetadata(from: &reader)
        parseDiagnostics = try reader.array(Diagnostic.init(from:))
        guard try reader.bool() else {
            rendering = nil
            return
        }
        let context = try reader.fingerprint(), contentFingerprint = try reader.fingerprint()
        let headings = try reader.array { reader in
            MarkdownHeading(level: try reader.int(), text: try reader.string(), anchor: try reader.string(), line: try reader.int())
        }
        let links = try reader.array { reader in
            MarkdownLink(destination: try reader.string(), line: try reader.int(), column: try reader.int(), isImage: try reader.bool())
        }
        let wordCount = try reader.int()
        let diagnostics = try reader.array(Diagnostic.init(from:)), assets = try reader.array { try $0.string() }
        let (plainText, html) = try Self.readTail(&reader, textLength: try reader.int(), htmlLength: try reader.int(), file: file)
        rendering = CachedRendering(context: context, headings: headings, links: links, wordCount: wordCount,
                                    contentFingerprint: contentFingerprint, diagnostics: diagnostics, assets: assets,
                                    plainText: plainText, html: html)
    }

    /// The text and HTML that end the entry: read, if the reader holds them whole, or left in the file.
    private static func readTail(_ reader: inout BinaryReader, textLength: Int, htmlLength: Int,
                                 file: FilePart?) throws -> (CachedText, CachedText) {
        guard textLength >= 0, htmlLength >= 0 else { throw BinaryReader.Malformed() }
        let total = textLength + htmlLength
        if reader.remaining == total {
            return (.text(try reader.rawText(count: textLength)), .text(try reader.rawText(count: htmlLength)))
        }
        guard let file, reader.remaining < total, file.fileSize == file.offset + reader.position + total else {
            throw BinaryReader.Malformed()
        }
        let start = file.offset + reader.position
        reader.skipRest()
        return (.stored(StoredText(path: file.path, offset: start, length: textLength, fileSize: file.fileSize)),
                .stored(StoredText(path: file.path, offset: start + textLength, length: htmlLength, fileSize: file.fileSize)))
    }
}

import HubSupport
import HubMarkdown

/// The binary form of a cache entry: every field written in a fixed order.
///
/// Decoding the same entry with JSONDecoder was half of an incremental build's loading time.
/// The document's body, front matter and content, and the rendering's HTML, are not written
/// (they come from the source file, or are rendered again). A field added to `Document` must be
/// added here too; the incremental build tests, which compare a cached rebuild with a build from
/// scratch, fail if it is not.
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

    func write(to writer: inout BinaryWriter) {
        Self.write(document, to: &writer)
        writer.array(parseDiagnostics, Self.write)
        writer.optional(rendering) { writer, rendering in
            writer.fingerprint(rendering.context)
            writer.fingerprint(rendering.contentFingerprint)
            writer.array(rendering.content.headings) { writer, heading in
                writer.int(heading.level)
                writer.string(heading.text)
                writer.string(heading.anchor)
                writer.int(heading.line)
            }
            writer.array(rendering.content.links) { writer, link in
                writer.string(link.destination)
                writer.int(link.line)
                writer.int(link.column)
                writer.bool(link.isImage)
            }
            // The text's length here, its bytes at the very end, where a reader can leave them unread.
            writer.int(rendering.content.plainText.utf8.count)
            writer.int(rendering.content.wordCount)
            writer.array(rendering.diagnostics, Self.write)
            writer.array(rendering.assets) { $0.string($1) }
        }
        if let rendering { writer.rawText(rendering.content.plainText) }
    }

    /// Where the bytes a reader holds come from: the file, where they start in it, and its size.
    /// A reader may hold only the start of the file, up to or into the rendering's text.
    struct FilePart {
        let path: String
        let offset: Int
        let fileSize: Int
    }

    /// Reads an entry; the rendering's HTML is left empty for the loader to render when needed.
    /// With a `file`, a text the reader does not hold whole is left in the file, to be read when needed.
    init(from reader: inout BinaryReader, file: FilePart?) throws {
        let start = reader.position
        var document = try Self.readDocument(&reader)
        // The bytes just read are the ones `metadataFingerprint` would write and hash.
        document.knownMetadataFingerprint = Document.metadataFingerprint(ofBinaryForm: reader.bytesRead(since: start))
        let parseDiagnostics = try reader.array(Self.readDiagnostic)
        let rendering = try reader.optional { reader in
            let context = try reader.fingerprint()
            let contentFingerprint = try reader.fingerprint()
            let headings = try reader.array { reader in
                MarkdownHeading(level: try reader.int(), text: try reader.string(), anchor: try reader.string(),
                                line: try reader.int())
            }
            let links = try reader.array { reader in
                MarkdownLink(destination: try reader.string(), line: try reader.int(), column: try reader.int(),
                             isImage: try reader.bool())
            }
            let textLength = try reader.int()
            let wordCount = try reader.int()
            return (CachedRendering(
                context: context,
                content: RenderedMarkdown(html: "", headings: headings, links: links, plainText: "", wordCount: wordCount),
                contentFingerprint: contentFingerprint,
                diagnostics: try reader.array(Self.readDiagnostic), assets: try reader.array { try $0.string() }), textLength)
        }
        if case (var rendering, let length)? = rendering {
            if reader.remaining == length {
                rendering.text = .text(try reader.rawText(count: length))
            } else if let file, reader.remaining < length, file.fileSize == file.offset + reader.position + length {
                rendering.text = .stored(path: file.path, offset: file.offset + reader.position, length: length)
                reader.skipRest()
            } else {
                throw BinaryReader.Malformed()
            }
            self.init(document: document, parseDiagnostics: parseDiagnostics, rendering: rendering)
        } else {
            self.init(document: document, parseDiagnostics: parseDiagnostics, rendering: nil)
        }
    }

    // MARK: Document

    static func write(_ document: Document, to writer: inout BinaryWriter) {
        writer.string(document.kind.rawValue)
        for text in [document.sourcePath, document.displayPath, document.slug, document.title, document.summary] {
            writer.string(text)
        }
        writer.optional(document.published, write)
        writer.optional(document.updated, write)
        writer.array(document.learningThemeIDs) { $0.string($1) }
        writer.optional(document.committeeID) { $0.string($1) }
        writer.array(document.audience) { $0.string($1) }
        writer.bool(document.isDraft)
        writer.bool(document.isAttestedAnonymised)
        writer.optional(document.publishAfter, write)
        writer.optional(document.retainUntil, write)
        writer.optional(document.review) { writer, review in
            writer.string(review.reviewType.rawValue)
            writer.optional(review.ageBand) { $0.string($1.rawValue) }
            writer.optional(review.outcome) { $0.string($1.rawValue) }
            writer.optional(review.methodology) { $0.string($1) }
            writer.optional(review.reportAsset) { $0.string($1) }
            writer.array(review.recommendations) { writer, item in
                writer.string(item.id)
                writer.string(item.text)
                writer.string(item.target.rawValue)
                writer.string(item.category.rawValue)
                writer.string(item.status.rawValue)
                writer.optional(item.owner) { $0.string($1) }
                writer.optional(item.due, write)
            }
        }
        writer.optional(document.sourceReviewSlug) { $0.string($1) }
        writer.int(document.bodyFirstLine)
        writer.int(document.frontMatterFirstLine)
        writer.array(document.acknowledgements) { writer, item in
            writer.string(item.text)
            writer.string(item.reason)
            write(item.location, to: &writer)
        }
        writer.optional(document.acknowledgementLines) { writer, lines in
            writer.int(lines.lowerBound)
            writer.int(lines.upperBound)
        }
        writer.array(document.fieldLocations.sorted { $0.key < $1.key }) { writer, field in
            writer.string(field.key)
            write(field.value, to: &writer)
        }
    }

    private static func readDocument(_ reader: inout BinaryReader) throws -> Document {
        let kind = try reader.value(DocumentKind.self)
        let sourcePath = try reader.string(), displayPath = try reader.string(), slug = try reader.string()
        let title = try reader.string(), summary = try reader.string()
        let published = try reader.optional(readDate), updated = try reader.optional(readDate)
        let themes = try reader.array { try $0.string() }
        let committee = try reader.optional { try $0.string() }
        let audience = try reader.array { try $0.string() }
        let isDraft = try reader.bool(), isAttested = try reader.bool()
        let publishAfter = try reader.optional(readDate), retainUntil = try reader.optional(readDate)
        let review = try reader.optional { reader in
            ReviewDetails(
                reviewType: try reader.value(ReviewType.self),
                ageBand: try reader.optional { try $0.value(AgeBand.self) },
                outcome: try reader.optional { try $0.value(ReviewOutcome.self) },
                methodology: try reader.optional { try $0.string() },
                reportAsset: try reader.optional { try $0.string() },
                recommendations: try reader.array { reader in
                    Recommendation(id: try reader.string(), text: try reader.string(),
                                   target: try reader.value(RecommendationTarget.self),
                                   category: try reader.value(RecommendationCategory.self),
                                   status: try reader.value(RecommendationStatus.self),
                                   owner: try reader.optional { try $0.string() }, due: try reader.optional(readDate))
                })
        }
        let sourceReview = try reader.optional { try $0.string() }
        let bodyFirstLine = try reader.int(), frontMatterFirstLine = try reader.int()
        let acknowledgements = try reader.array { reader in
            Acknowledgement(text: try reader.string(), reason: try reader.string(), location: try readLocation(&reader, path: displayPath))
        }
        let acknowledgementLines = try reader.optional { reader -> ClosedRange<Int> in
            let lower = try reader.int(), upper = try reader.int()
            guard lower <= upper else { throw BinaryReader.Malformed() }
            return lower...upper
        }
        let fields = try reader.array { reader in (try reader.string(), try readLocation(&reader, path: displayPath)) }
        return Document(kind: kind, sourcePath: sourcePath, displayPath: displayPath, slug: slug, title: title,
                        summary: summary, published: published, updated: updated, learningThemeIDs: themes,
                        committeeID: committee, audience: audience, isDraft: isDraft, isAttestedAnonymised: isAttested,
                        publishAfter: publishAfter, retainUntil: retainUntil, review: review, sourceReviewSlug: sourceReview,
                        body: "", bodyFirstLine: bodyFirstLine,
                        fieldLocations: Dictionary(fields, uniquingKeysWith: { first, _ in first }),
                        frontMatterText: "", frontMatterFirstLine: frontMatterFirstLine,
                        acknowledgements: acknowledgements, acknowledgementLines: acknowledgementLines)
    }

    // MARK: Parts

    private static func write(_ date: CalendarDate, to writer: inout BinaryWriter) {
        writer.int(date.year)
        writer.int(date.month)
        writer.int(date.day)
    }

    private static func readDate(_ reader: inout BinaryReader) throws -> CalendarDate {
        guard let date = CalendarDate(year: try reader.int(), month: try reader.int(), day: try reader.int()) else {
            throw BinaryReader.Malformed()
        }
        return date
    }

    private static func write(_ location: SourceLocation, to writer: inout BinaryWriter) {
        writer.string(location.path)
        writer.int(location.line)
        writer.int(location.column)
    }

    /// A location, whose path is usually the document's own (`path`).
    private static func readLocation(_ reader: inout BinaryReader, path: String = "") throws -> SourceLocation {
        SourceLocation(path: try reader.string(reusing: path), line: try reader.int(), column: try reader.int())
    }

    private static func write(_ diagnostic: Diagnostic, to writer: inout BinaryWriter) {
        writer.string(diagnostic.severity.rawValue)
        write(diagnostic.location, to: &writer)
        writer.string(diagnostic.message)
        writer.optional(diagnostic.hint) { $0.string($1) }
    }

    private static func write(_ writer: inout BinaryWriter, _ diagnostic: Diagnostic) {
        write(diagnostic, to: &writer)
    }

    private static func readDiagnostic(_ reader: inout BinaryReader) throws -> Diagnostic {
        let severity = try reader.value(Diagnostic.Severity.self)
        return Diagnostic(severity, at: try readLocation(&reader), try reader.string(), hint: try reader.optional { try $0.string() })
    }

    private static func write(_ writer: inout BinaryWriter, _ date: CalendarDate) {
        write(date, to: &writer)
    }
}

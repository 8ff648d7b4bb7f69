import HubSupport

/// The binary form of a document's metadata, which the cache keeps: every field, in declaration order.
///
/// Decoding the same fields with `JSONDecoder` was half of an incremental build's loading time.
/// A field added to `DocumentFields` must be added here too; `DocumentMetadataBinaryFormTests`
/// fails until it is.
extension DocumentFields {
    public func write(to writer: inout BinaryWriter) {
        writer.string(kind.rawValue)
        for text in [sourcePath, displayPath, slug, title, summary] { writer.string(text) }
        writer.optional(published) { $1.write(to: &$0) }
        writer.optional(updated) { $1.write(to: &$0) }
        writer.array(learningThemeIDs) { $0.string($1) }
        writer.optional(committeeID) { $0.string($1) }
        writer.array(audience) { $0.string($1) }
        writer.bool(isDraft)
        writer.bool(isAttestedAnonymised)
        writer.optional(publishAfter) { $1.write(to: &$0) }
        writer.optional(retainUntil) { $1.write(to: &$0) }
        writer.optional(review) { $1.write(to: &$0) }
        writer.array(sourceReviewSlugs) { $0.string($1) }
        writer.int(bodyFirstLine)
        writer.int(frontMatterFirstLine)
        writer.array(acknowledgements) { $1.write(to: &$0) }
        writer.optional(acknowledgementLines) { writer, lines in
            writer.int(lines.lowerBound)
            writer.int(lines.upperBound)
        }
        writer.array(pseudonyms) { $0.string($1) }
        writer.array(fieldLocations.sorted { $0.key < $1.key }) { writer, field in
            writer.string(field.key)
            field.value.write(to: &writer)
        }
        writer.fingerprint(fingerprint)
    }

    public init(from reader: inout BinaryReader) throws {
        kind = try reader.value(DocumentKind.self)
        sourcePath = try reader.string()
        displayPath = try reader.string()
        slug = try reader.string()
        title = try reader.string()
        summary = try reader.string()
        published = try reader.optional(CalendarDate.init(from:))
        updated = try reader.optional(CalendarDate.init(from:))
        learningThemeIDs = try reader.array { try $0.string() }
        committeeID = try reader.optional { try $0.string() }
        audience = try reader.array { try $0.string() }
        isDraft = try reader.bool()
        isAttestedAnonymised = try reader.bool()
        publishAfter = try reader.optional(CalendarDate.init(from:))
        retainUntil = try reader.optional(CalendarDate.init(from:))
        review = try reader.optional(ReviewDetails.init(from:))
        sourceReviewSlugs = try reader.array { try $0.string() }
        bodyFirstLine = try reader.int()
        frontMatterFirstLine = try reader.int()
        let path = displayPath
        acknowledgements = try reader.array { try Acknowledgement(from: &$0, path: path) }
        acknowledgementLines = try reader.optional { reader -> ClosedRange<Int> in
            let lower = try reader.int(), upper = try reader.int()
            guard lower <= upper else { throw BinaryReader.Malformed() }
            return lower...upper
        }
        pseudonyms = try reader.array { try $0.string() }
        let fields = try reader.array { reader in (try reader.string(), try SourceLocation(from: &reader, path: path)) }
        fieldLocations = Dictionary(fields, uniquingKeysWith: { first, _ in first })
        fingerprint = try reader.fingerprint()
    }
}

extension DocumentMetadata {
    public func write(to writer: inout BinaryWriter) {
        fields.write(to: &writer)
    }

    public convenience init(from reader: inout BinaryReader) throws {
        self.init(try DocumentFields(from: &reader))
    }
}

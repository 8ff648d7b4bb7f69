import HubSupport

extension Document {
    /// A fingerprint of everything the document's front matter gave (title, dates, themes, review
    /// details, recommendations, ...) and its file's place, but not its body: what lists, feeds and
    /// the catalogue show of it.
    ///
    /// Worked out from the parsed fields in the cache's binary form, so it is the same whether the
    /// document was read from its file in this build or found in the cache (which keeps no front-matter
    /// text); for one found in the cache, from the entry's bytes as they were read.
    public var metadataFingerprint: Fingerprint {
        if let known = knownMetadataFingerprint { return known }
        var writer = BinaryWriter()
        CachedDocument.write(self, to: &writer)
        return writer.bytes.withUnsafeBytes(Self.metadataFingerprint(ofBinaryForm:))
    }

    /// `metadataFingerprint` of the document whose fields `CachedDocument.write` wrote as `bytes`.
    static func metadataFingerprint(ofBinaryForm bytes: UnsafeRawBufferPointer) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }
}

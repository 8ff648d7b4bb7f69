extension Document {
    /// A fingerprint of everything the document's front matter gave (title, dates, themes, review
    /// details, recommendations, ...) and its file's place, but not its body: what lists, feeds and
    /// the catalogue show of it.
    ///
    /// Worked out from the parsed fields in the cache's binary form, so it is the same whether the
    /// document was read from its file in this build or found in the cache (which keeps no front-matter text).
    public var metadataFingerprint: Fingerprint {
        var writer = CacheWriter()
        CachedDocument.write(self, to: &writer)
        var hasher = StableHasher()
        writer.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}

import HubSupport
import Foundation
import HubModel

/// Writes a hub's search data under `search/`.
///
/// - `documents.json`: one record per published document (a simple catalogue for any client);
/// - `index/meta.json`: counts, BM25 parameters, the shard directory and the facet values;
/// - `index/facets.json`: every document's facet codes, for filters and live counts;
/// - `index/terms/<n>.json`: shards of the inverted index, each a run of terms in order;
/// - `index/docs/<n>.json`: what the results numbered `8n` to `8n+7` show, with where their texts lie in
///   `index/text/<n>.txt.gz` (a gzip member each, fetched by a range request), for excerpts and phrases.
///
/// The JSON also comes in scripts that hand it to the client by a script tag, because browsers block
/// `fetch` of files when a hub is opened from disk (`file://`): `index/meta.js`, `index/facets.js`, and
/// `index/scripts/terms-<k>.js` and `index/scripts/docs-<k>.js`, each holding `filesPerScript` files.
public struct SearchIndexWriter: Sendable {
    /// Shards are cut when their postings reach about this many bytes.
    public static let shardTargetBytes = 24_000
    /// Result summaries are grouped this many to a file: few files, little to download per result.
    public static let summariesPerFile = 8
    /// Script twins (for a hub opened from disk) hold this many term or summary files each: read from
    /// the disk, a bigger script costs nothing to download, and the index needs far fewer files.
    public static let filesPerScript = 16
    /// libdeflate's level for the text files: level 1 compresses them about five times as fast as
    /// zlib's default level, for 4% more bytes. Compressing every text was most of the stage at zlib's
    /// level 6, and a query downloads only the texts of the results it shows.
    static let textCompressionLevel: Int32 = 1

    public let hub: Hub
    /// Where tokenised documents are kept between builds; nil tokenises everything.
    public let runStore: TokenisedRunStore?

    public init(hub: Hub, runStore: TokenisedRunStore? = nil) {
        self.hub = hub
        self.runStore = runStore
    }

    /// The published documents in index order (newest first), as the search data numbers them.
    public var documents: [Document] {
        hub.publicDocuments
    }

    /// Builds the index and writes every file into `output`, from several threads at once.
    ///
    /// With a run store (an incremental build), each group's result summaries and texts are written
    /// under one key of what its documents' front matter gave and of their texts, so that only the
    /// groups that changed are compressed again; the catalogue is written under a key of the front
    /// matter alone, so that a build in which only bodies changed does not make it again.
    public func write(into output: some OutputSink) throws {
        let documents = self.documents
        // The published documents are those whose state is visible, in the same order.
        let withdrawn = hub.states.filter(\.isVisible).map { $0 == .withdrawn }
        // Keys stand for the generator too (the run store's environment), so a new version writes its files anew.
        let summaryKeys = runStore.map { store in
            zip(documents, withdrawn).map { Self.summaryKey($0, isWithdrawn: $1, environment: store.environment) }
        }
        if let summaryKeys {
            var hasher = StableHasher()
            hasher.combine("search documents")
            for key in summaryKeys { hasher.combine(key) }
            try output.write("search/documents.json", key: hasher.finalize()) { try SearchCatalog(hub: hub).documentsJSON() }
        } else {
            try output.write("search/documents.json", SearchCatalog(hub: hub).documentsJSON())
        }

        let fingerprints = zip(documents, withdrawn).map { Self.fingerprint($0, isWithdrawn: $1) }
        // Asked for only for the documents tokenised again (all of them without a run store).
        let index = SearchIndexBuilder().build(count: documents.count, fingerprints: fingerprints, store: runStore) {
            Self.fields(of: documents[$0], isWithdrawn: withdrawn[$0])
        }
        let facets = SearchFacets(hub: hub, documents: documents)
        let shards = Self.shard(index)

        let themeChars = max(1, (facets.themes.count + 5) / 6)
        let meta = SearchIndexMeta(
            documents: documents.count, k1: SearchIndex.k1, b: SearchIndex.b, weightScale: SearchIndex.weightScale,
            fields: Dictionary(uniqueKeysWithValues: SearchField.allCases.map { ($0.rawValue, $0.weight) }),
            shards: shards.map { index.terms[$0.lowerBound] }, themeChars: themeChars,
            facets: [
                .init(id: "type", label: "Type", values: facets.types),
                .init(id: "theme", label: "Learning theme", values: facets.themes),
                .init(id: "review_type", label: "Review type", values: facets.reviewTypes),
                .init(id: "committee", label: "Committee", values: facets.committees),
                .init(id: "year", label: "Year", values: facets.years),
            ])
        try writeJSON("meta", meta, output)
        try writeJSON("facets", [
            "type": Self.codes(facets.typeCodes),
            "theme": Self.bitCodes(facets.themeBits, chars: themeChars),
            "review_type": Self.codes(facets.reviewTypeCodes),
            "committee": Self.codes(facets.committeeCodes),
            "year": Self.codes(facets.yearCodes),
        ], output)
        let termBatches = Self.batches(of: shards.count)
        let termFailures = Parallel.map(termBatches) { batch -> Error? in
            Self.attempt {
                var scripts = Data()
                for number in batch {
                    let json = ShardJSON.object(index, terms: shards[number])
                    try output.write("search/index/terms/\(number).json", json)
                    scripts.append(Self.script("terms/\(number)", json))
                }
                try output.write(Self.scriptPath("terms", batch: batch), scripts)
            }
        }
        let groups = stride(from: 0, to: documents.count, by: Self.summariesPerFile).map { $0..<min($0 + Self.summariesPerFile, documents.count) }
        let documentFailures = Parallel.map(Self.batches(of: groups.count)) { batch -> Error? in
            Self.attempt {
                try writeSummaries(Array(groups[batch]), batch: batch, of: documents, withdrawn: withdrawn, fingerprints: fingerprints,
                                   summaryKeys: summaryKeys, into: output)
            }
        }
        if let failure = (termFailures + documentFailures).compactMap({ $0 }).first { throw failure }
    }

    /// The file numbers `0..<count` cut into runs of `filesPerScript`, one script twin each.
    static func batches(of count: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: filesPerScript).map { $0..<min($0 + filesPerScript, count) }
    }

    /// The script twin of the `kind` files (`docs` or `terms`) numbered `batch`.
    static func scriptPath(_ kind: String, batch: Range<Int>) -> String {
        "search/index/scripts/\(kind)-\(batch.lowerBound / filesPerScript).js"
    }

    /// Writes, for each group of documents in `groups`, its result summaries (one file) and their texts
    /// (one file: a gzip member per text, whose place in the file each summary gives); then the one
    /// script twin of all those summaries. `batch` numbers the summary files.
    private func writeSummaries(_ groups: [Range<Int>], batch: Range<Int>, of documents: [Document], withdrawn: [Bool],
                                fingerprints: [Fingerprint?], summaryKeys: [Fingerprint]?, into output: some OutputSink) throws {
        // Each made at most once, when some file needs it: the summaries say where each text lies.
        var texts = [SearchTextBundle?](repeating: nil, count: groups.count)
        var summaries = [Data?](repeating: nil, count: groups.count)
        var compressor: GzipCompressor?
        func textsOf(_ slot: Int) -> SearchTextBundle {
            if let made = texts[slot] { return made }
            let reused = compressor ?? GzipCompressor(level: Self.textCompressionLevel)
            compressor = reused
            // The text shown is the title and the body as indexed (the plain text, as the document is not withdrawn).
            let bundle = SearchTextBundle(texts: groups[slot].filter { !withdrawn[$0] }.map {
                [documents[$0].title, "\n\n", documents[$0].content.plainText]
            }, compressor: reused)
            texts[slot] = bundle
            return bundle
        }
        func summariesOf(_ slot: Int) -> Data {
            if let made = summaries[slot] { return made }
            var ranges = textsOf(slot).ranges.makeIterator()
            var json = CompactJSON(capacity: groups[slot].count * 400)
            json.beginArray()
            for number in groups[slot] {
                SearchDocumentSummary(SearchDocumentRecord(document: documents[number]), text: withdrawn[number] ? nil : ranges.next())
                    .write(to: &json)
            }
            json.endArray()
            summaries[slot] = json.data
            return json.data
        }
        var scriptKey = StableHasher()
        scriptKey.combine("search summaries script")
        for (slot, file) in batch.enumerated() {
            let group = groups[slot]
            let hasText = group.contains { !withdrawn[$0] }
            let textPath = "search/index/text/\(file).txt.gz"
            if let summaryKeys {
                // One key for both files, so that they are made (and kept) together and the places agree.
                var hasher = StableHasher()
                hasher.combine("search summaries and texts")
                for number in group { hasher.combine(summaryKeys[number]) }
                for number in group where !withdrawn[number] {
                    hasher.combine(textKey(documents[number], fingerprint: fingerprints[number]))
                }
                let key = hasher.finalize()
                scriptKey.combine(key)
                try output.write("search/index/docs/\(file).json", key: key) { summariesOf(slot) }
                if hasText { try output.write(textPath, key: key) { textsOf(slot).data } }
            } else {
                try output.write("search/index/docs/\(file).json", summariesOf(slot))
                if hasText { try output.write(textPath, textsOf(slot).data) }
            }
        }
        let script = {
            var script = Data()
            for (slot, file) in batch.enumerated() { script.append(Self.script("docs/\(file)", summariesOf(slot))) }
            return script
        }
        if summaryKeys != nil {
            try output.write(Self.scriptPath("docs", batch: batch), key: scriptKey.finalize(), produce: script)
        } else {
            try output.write(Self.scriptPath("docs", batch: batch), script())
        }
    }

    /// The key of a document's compressed text: its fingerprint stands for its title and text (without
    /// one, they are hashed), with the compression and the generator.
    private func textKey(_ document: Document, fingerprint: Fingerprint?) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("search text, libdeflate")
        hasher.combine(Int(Self.textCompressionLevel))
        if let runStore { hasher.combine(runStore.environment) }
        if let fingerprint {
            hasher.combine(fingerprint)
        } else {
            hasher.combine(document.title + "\n\n" + document.content.plainText)
        }
        return hasher.finalize()
    }

    /// The text of `document` the index weighs, by field; a withdrawn document's text is not indexed.
    static func fields(of document: Document, isWithdrawn: Bool) -> SearchIndexBuilder.Fields {
        SearchIndexBuilder.Fields(
            title: document.title, summary: document.summary,
            headings: isWithdrawn ? "" : document.content.headings.map(\.text).joined(separator: "\n"),
            body: isWithdrawn ? "" : document.content.plainText)
    }

    /// What stands for a document's search summary and catalogue record: what its front matter gave
    /// (which includes its path) and whether its text is withdrawn.
    static func summaryKey(_ document: Document, isWithdrawn: Bool, environment: Fingerprint) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(environment)
        hasher.combine(document.metadataFingerprint)
        hasher.combine(isWithdrawn)
        return hasher.finalize()
    }

    /// What stands for a document's search fields: its front matter and rendered body (which
    /// give its title, summary, headings and text), and whether its text is withdrawn.
    static func fingerprint(_ document: Document, isWithdrawn: Bool) -> Fingerprint? {
        guard document.contentFingerprint != Fingerprint(high: 0, low: 0) else { return nil }
        var hasher = StableHasher()
        hasher.combine(document.contentFingerprint)
        hasher.combine(isWithdrawn)
        return hasher.finalize()
    }

    private static func attempt(_ body: () throws -> Void) -> Error? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    /// Cuts the sorted terms into runs whose encoded postings stay near the target size.
    static func shard(_ index: SearchIndex) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var size = 0
        for position in index.terms.indices {
            let termSize = index.terms[position].utf8.count + index.postingCount(of: position) * 2 + 6
            if size > 0 && size + termSize > shardTargetBytes {
                ranges.append(start..<position)
                start = position
                size = 0
            }
            size += termSize
        }
        if start < index.terms.count { ranges.append(start..<index.terms.count) }
        return ranges
    }

    /// Postings as (document gap, weight) pairs.
    static func encode(_ postings: [SearchIndex.Posting]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 2)
        var previous = -1
        for posting in postings {
            PostingsCoder.append(posting.document - previous - 1, to: &bytes)
            PostingsCoder.append(posting.weight, to: &bytes)
            previous = posting.document
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One character per document.
    static func codes(_ values: [Int]) -> String {
        String(decoding: values.map { PostingsCoder.alphabet[min($0, 63)] }, as: UTF8.self)
    }

    /// `chars` characters of 6 bits per document, lowest bits first.
    static func bitCodes(_ values: [UInt64], chars: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * chars)
        for value in values {
            for part in 0..<chars { bytes.append(PostingsCoder.alphabet[Int((value >> UInt64(part * 6)) & 63)]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func writeJSON<T: Encodable>(_ name: String, _ value: T, _ output: some OutputSink) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try writeJSON(name, try encoder.encode(value), output)
    }

    /// Writes `json` and its script twin.
    private func writeJSON(_ name: String, _ json: Data, _ output: some OutputSink) throws {
        try output.write("search/index/\(name).json", json)
        try output.write("search/index/\(name).js", Self.script(name, json))
    }

    /// The twin for file://: the same JSON, handed over by a script. JSON is valid JavaScript
    /// once U+2028/U+2029 are escaped, which JSONEncoder does not do.
    private static func script(_ name: String, _ json: Data) -> Data {
        var script = Data("LearningHubSearch.receive(\"\(name)\",".utf8)
        script.append(Self.escapeLineSeparators(json))
        script.append(Data(");\n".utf8))
        return script
    }

    static func escapeLineSeparators(_ json: Data) -> Data {
        guard hasLineSeparator(json) else { return json }
        let text = String(decoding: json, as: UTF8.self)
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        return Data(text.utf8)
    }

    /// Whether `json` holds U+2028 or U+2029 (E2 80 A8 or E2 80 A9 in UTF-8).
    static func hasLineSeparator(_ json: Data) -> Bool {
        json.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            while start < bytes.count, let found = memchr(base + start, 0xE2, bytes.count - start) {
                let position = base.distance(to: UnsafeRawPointer(found))
                if position + 2 < bytes.count && bytes[position + 1] == 0x80 && (bytes[position + 2] | 1) == 0xA9 { return true }
                start = position + 1
            }
            return false
        }
    }
}

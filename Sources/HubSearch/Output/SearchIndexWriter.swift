import Foundation
import HubModel
import HubSupport

/// Writes a hub's search data under `search/`.
///
/// - `documents.json`: one record per published document (a simple catalogue for any client);
/// - `index/meta.json`: counts, BM25 parameters, the shard directory and the facet values;
/// - `index/facets.json`: every document's facet codes, for filters and live counts;
/// - `index/vocabulary.json`: the synonyms and spellings a query is expanded with (`SearchVocabulary`);
/// - `index/words.json`: the terms a misspelt word may be corrected to (`SpellingDictionary`);
/// - `index/terms/<n>.json`: shards of the inverted index, each a run of terms in order;
/// - `index/docs/<n>.json`: what the results numbered `8n` to `8n+7` show, with where their texts lie in
///   `index/text/<n>.txt.gz` (a gzip member each, fetched by a range request), for excerpts and phrases.
///
/// The JSON also comes in scripts that hand it to the client by a script tag, because browsers block
/// `fetch` of files when a hub is opened from disk (`file://`): `index/meta.js`, `index/facets.js`,
/// `index/vocabulary.js`, `index/words.js`, and `index/scripts/terms-<k>.js` and `index/scripts/docs-<k>.js`, each holding `filesPerScript` files.
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
    /// Remembers tokenised runs between builds (a cache), or nothing.
    public let memo: any SearchRunMemo
    /// The default synonyms with the hub's own.
    public let vocabulary: SearchVocabulary

    public init(hub: Hub, memo: any SearchRunMemo = NoSearchRunMemo()) {
        self.hub = hub
        self.memo = memo
        vocabulary = SearchVocabulary(hub: hub.config.searchSynonyms)
    }

    /// The published documents in index order (newest first), as the search data numbers them.
    public var documents: [Document] {
        hub.publicDocuments
    }

    /// Builds the index and writes every file into `output`, from several threads at once. Each file
    /// is written under a key of what it shows, so that an output that keeps the last build's files
    /// makes again only those that changed (the result summaries and texts of the documents edited).
    public func write(into output: some OutputSink) throws {
        let documents = self.documents
        // The published documents are those whose state is visible, in the same order.
        let withdrawn = hub.states.filter(\.isVisible).map { $0 == .withdrawn }
        try output.write("search/documents.json", key: Self.catalogueKey(documents, withdrawn: withdrawn)) {
            try SearchCatalog(hub: hub).documentsJSON()
        }
        let identities = zip(documents, withdrawn).map { Self.identity($0, isWithdrawn: $1) }
        let index = try buildIndex(documents, withdrawn: withdrawn, identities: identities)
        let shards = Self.shard(index)
        try writeMetaAndFacets(index, shards: shards, documents: documents, into: output)
        try writeData("vocabulary", try vocabulary.clientJSON(), output)
        try writeData("words", SpellingDictionary.json(index), output)
        let termFailures = Parallel.map(Self.batches(of: shards.count)) { batch in
            Self.attempt { try writeTerms(index, shards: shards, batch: batch, into: output) }
        }
        let summaries = SearchSummaryWriter(documents: documents, withdrawn: withdrawn, identities: identities)
        let documentFailures = Parallel.map(Self.batches(of: summaries.groups.count)) { batch in
            Self.attempt { try summaries.write(batch, into: output) }
        }
        if let failure = (termFailures + documentFailures).compactMap({ $0 }).first { throw failure }
    }

    /// The inverted index of `documents`: tokenised (through the memo) by field.
    private func buildIndex(_ documents: [Document], withdrawn: [Bool], identities: [Fingerprint]) throws -> SearchIndex {
        let failure = FirstFailure()
        let index = SearchIndexBuilder(tokenizer: vocabulary.tokenizer).build(count: documents.count, fingerprints: identities, memo: memo) { number in
            do {
                return try Self.fields(of: documents[number], isWithdrawn: withdrawn[number])
            } catch {
                failure.record(error)
                return SearchIndexBuilder.Fields(title: "", summary: "", headings: "", body: "")
            }
        }
        try failure.rethrow()
        memo.indexFinished()
        return index
    }

    private func writeMetaAndFacets(_ index: SearchIndex, shards: [Range<Int>], documents: [Document],
                                    into output: some OutputSink) throws {
        let facets = SearchFacets(hub: hub, documents: documents)
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
    }

    /// The term shards numbered `batch`, and their one script twin.
    private func writeTerms(_ index: SearchIndex, shards: [Range<Int>], batch: Range<Int>, into output: some OutputSink) throws {
        var scripts = Data()
        for number in batch {
            let json = ShardJSON.object(index, terms: shards[number])
            try output.write("search/index/terms/\(number).json", json)
            scripts.append(Self.script("terms/\(number)", json))
        }
        try output.write(Self.scriptPath("terms", batch: batch), scripts)
    }

    /// The text of `document` the index weighs, by field; a withdrawn document's text is not indexed.
    static func fields(of document: Document, isWithdrawn: Bool) throws -> SearchIndexBuilder.Fields {
        SearchIndexBuilder.Fields(
            title: document.title, summary: document.summary,
            headings: isWithdrawn ? "" : document.content.headings.map(\.text).joined(separator: "\n"),
            body: isWithdrawn ? "" : try document.content.plainText())
    }

    /// What stands for a document's search fields: its front matter and rendered body (which give its
    /// title, summary, headings and text), and whether its text is withdrawn.
    static func identity(_ document: Document, isWithdrawn: Bool) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(document.content.fingerprint)
        hasher.combine(isWithdrawn)
        return hasher.finalize()
    }

    /// Stands for the catalogue `documents.json`: what each document's front matter gave (which includes
    /// its path) and whether its text is withdrawn.
    private static func catalogueKey(_ documents: [Document], withdrawn: [Bool]) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("search documents")
        for (document, isWithdrawn) in zip(documents, withdrawn) {
            hasher.combine(SearchSummaryWriter.summaryKey(document, isWithdrawn: isWithdrawn))
        }
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

    private func writeJSON<T: Encodable>(_ name: String, _ value: T, _ output: some OutputSink) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try writeData(name, try encoder.encode(value), output)
    }

    /// `search/index/<name>.json` and its script twin.
    private func writeData(_ name: String, _ json: Data, _ output: some OutputSink) throws {
        try output.write("search/index/\(name).json", json)
        try output.write("search/index/\(name).js", Self.script(name, json))
    }
}

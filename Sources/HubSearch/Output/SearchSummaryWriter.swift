import Foundation
import HubModel
import HubSupport

/// Writes what search results show: for each group of `SearchIndexWriter.summariesPerFile` documents,
/// their summaries (`search/index/docs/<n>.json`) and their texts (`search/index/text/<n>.txt.gz`, a gzip
/// member per text, whose place in the file each summary gives), and a script twin of each batch of
/// summary files.
struct SearchSummaryWriter: Sendable {
    let documents: [Document]
    let withdrawn: [Bool]
    /// What stands for each document's search fields (`SearchIndexWriter.identity`).
    let identities: [Fingerprint]
    /// The documents of each summary file.
    let groups: [Range<Int>]

    init(documents: [Document], withdrawn: [Bool], identities: [Fingerprint]) {
        self.documents = documents
        self.withdrawn = withdrawn
        self.identities = identities
        let size = SearchIndexWriter.summariesPerFile
        groups = stride(from: 0, to: documents.count, by: size).map { $0..<min($0 + size, documents.count) }
    }

    /// Writes the summary and text files numbered `batch`, then the one script twin of those summaries.
    func write(_ batch: Range<Int>, into output: some OutputSink) throws {
        var made = MadeFiles(writer: self)
        var scriptKey = StableHasher()
        scriptKey.combine("search summaries script")
        for file in batch {
            let group = groups[file]
            // One key for both files, so that they are made (and kept) together and the places agree.
            let key = self.key(of: group)
            scriptKey.combine(key)
            try output.write("search/index/docs/\(file).json", key: key) { try made.summaries(file) }
            if group.contains(where: { !withdrawn[$0] }) {
                try output.write("search/index/text/\(file).txt.gz", key: key) { try made.texts(file).data }
            }
        }
        try output.write(SearchIndexWriter.scriptPath("docs", batch: batch), key: scriptKey.finalize()) {
            var script = Data()
            for file in batch { script.append(SearchIndexWriter.script("docs/\(file)", try made.summaries(file))) }
            return script
        }
    }

    /// Stands for a group's summaries and texts.
    private func key(of group: Range<Int>) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("search summaries and texts")
        for number in group { hasher.combine(Self.summaryKey(documents[number], isWithdrawn: withdrawn[number])) }
        for number in group where !withdrawn[number] {
            hasher.combine("search text, libdeflate")
            hasher.combine(Int(SearchIndexWriter.textCompressionLevel))
            hasher.combine(identities[number])
        }
        return hasher.finalize()
    }

    /// What stands for a document's search summary and catalogue record: what its front matter gave
    /// (which includes its path) and whether its text is withdrawn.
    static func summaryKey(_ document: Document, isWithdrawn: Bool) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(document.metadata.fingerprint)
        hasher.combine(isWithdrawn)
        return hasher.finalize()
    }

    /// The texts of group `file`: the title and the body as indexed (the plain text, as the document is not withdrawn).
    fileprivate func texts(_ file: Int, compressor: GzipCompressor) throws -> SearchTextBundle {
        let texts = try groups[file].filter { !withdrawn[$0] }.map { [documents[$0].title, "\n\n", try documents[$0].content.plainText()] }
        return SearchTextBundle(texts: texts, compressor: compressor)
    }

    /// The summaries of group `file`, with where each text lies in `texts`.
    fileprivate func summaries(_ file: Int, texts: SearchTextBundle) -> Data {
        var ranges = texts.ranges.makeIterator()
        var json = CompactJSON(capacity: groups[file].count * 400)
        json.beginArray()
        for number in groups[file] {
            SearchDocumentSummary(SearchDocumentRecord(document: documents[number]), text: withdrawn[number] ? nil : ranges.next())
                .write(to: &json)
        }
        json.endArray()
        return json.data
    }
}

/// The summary and text files of one batch, each made at most once, when some file needs it (the
/// summaries say where each text lies, so making them makes the texts).
private struct MadeFiles {
    let writer: SearchSummaryWriter
    private var texts: [Int: SearchTextBundle] = [:]
    private var summaries: [Int: Data] = [:]
    private var compressor: GzipCompressor?

    init(writer: SearchSummaryWriter) {
        self.writer = writer
    }

    mutating func texts(_ file: Int) throws -> SearchTextBundle {
        if let made = texts[file] { return made }
        let reused = compressor ?? GzipCompressor(level: SearchIndexWriter.textCompressionLevel)
        compressor = reused
        let bundle = try writer.texts(file, compressor: reused)
        texts[file] = bundle
        return bundle
    }

    mutating func summaries(_ file: Int) throws -> Data {
        if let made = summaries[file] { return made }
        let made = writer.summaries(file, texts: try texts(file))
        summaries[file] = made
        return made
    }
}

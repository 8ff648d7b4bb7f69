import HubCache
import HubModel
import HubRendering
import HubSearch
import HubSupport

/// What a build may remember between builds, plugged into its steps: the cache in
/// `BuildOptions.cacheDirectory` (see `HubCache`), or nothing. The steps read the same either way;
/// this is the one place that knows which.
struct BuildMemos: Sendable {
    let documents: any DocumentMemo
    let searchRuns: any SearchRunMemo
    let relatedLearning: any RelatedLearningMemo
    let attachments: any AttachmentMemo
    private let cache: BuildCache?

    /// Opens the cache the options name, if any.
    init(options: BuildOptions) {
        guard let directory = options.cacheDirectory else {
            (documents, searchRuns, relatedLearning, cache) = (NoDocumentMemo(), NoSearchRunMemo(), NoRelatedLearningMemo(), nil)
            attachments = NoAttachmentMemo()
            return
        }
        let cache = BuildCache(directory: directory, destination: options.keepsOutput ? options.outputDirectory : nil)
        (documents, searchRuns, relatedLearning, self.cache) = (cache.documents, cache.searchRuns, cache.relatedLearning, cache)
        attachments = cache.attachments
    }

    /// Where the site is written: kept from the last build where it can be, with a cache that keeps output.
    func output(into folder: OutputFolder, beforeWrite: (@Sendable (String) throws -> Void)?) throws -> any SiteOutput {
        if let cache, cache.keepsOutput { return try cache.output(into: folder, beforeWrite: beforeWrite) }
        return try FreshOutput(folder: folder, beforeWrite: beforeWrite)
    }

    /// Waits for everything the cache is saving.
    func finish() {
        cache?.finish()
    }
}

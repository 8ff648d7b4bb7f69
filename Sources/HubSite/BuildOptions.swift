import HubModel

/// Where a build reads from and writes to, and what it publishes.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var themeDirectory: String
    public var outputDirectory: String
    public var load: LoadOptions
    /// Where to keep what the next build can reuse (e.g. `.hub-cache`), outside the output
    /// folder; nil builds everything from scratch and keeps nothing.
    public var cacheDirectory: String?
    /// Whether the cache keeps the last build's output files, so that unchanged files are not written
    /// again; false for builds into a new folder each time (the preview server), which use the cache
    /// only for documents, search runs and related learning.
    public var keepsOutput = true

    public init(contentDirectory: String = "content", themeDirectory: String = "themes/default",
                outputDirectory: String = "public", load: LoadOptions = LoadOptions(), cacheDirectory: String? = nil) {
        self.cacheDirectory = cacheDirectory
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.load = load
    }
}

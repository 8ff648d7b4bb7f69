import HubModel

/// Where a build reads from and writes to, and what it publishes.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    /// The site theme folder (`--theme DIR`); nil for the default theme built into the command.
    public var themeDirectory: String?
    public var outputDirectory: String
    public var load: LoadOptions
    /// Where to keep what the next build can reuse (e.g. `.hub-cache`), outside the output
    /// folder; nil builds everything from scratch and keeps nothing.
    public var cacheDirectory: String?
    /// The private file of names the build looks for (`--denylist FILE`), which the output folder must not hold.
    public var denylistFile: String?
    /// Whether the cache keeps the last build's output files, so that unchanged files are not written
    /// again; false for builds into a new folder each time (the preview server), which use the cache
    /// only for documents, search runs and related learning.
    public var keepsOutput = true
    /// False when the process ends as soon as the build returns (the command line): the loaded hub,
    /// the cache's records and the output's, tens of thousands of objects, are then left for the exit
    /// to reclaim at once instead of being freed one object at a time.
    public var freesMemory = true

    public init(contentDirectory: String = "content", themeDirectory: String? = nil,
                outputDirectory: String = "public", load: LoadOptions = LoadOptions(), cacheDirectory: String? = nil) {
        self.cacheDirectory = cacheDirectory
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.load = load
    }
}

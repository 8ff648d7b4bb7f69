import HubModel

/// Where a build reads from and writes to, and what it publishes.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var themeDirectory: String
    public var outputDirectory: String
    public var load: LoadOptions

    public init(contentDirectory: String = "content", themeDirectory: String = "themes/default",
                outputDirectory: String = "public", load: LoadOptions = LoadOptions()) {
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.load = load
    }
}

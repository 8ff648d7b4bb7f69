import HubModel

/// Every generated file that is not an HTML page: the Atom feeds, `sitemap.xml`, `robots.txt`,
/// the catalogue `hub.json` and its JSON Schema.
public struct SiteExtras: Sendable {
    public let hub: Hub

    public init(hub: Hub) {
        self.hub = hub
    }

    /// The files, each with its path under the site root.
    public func files() throws -> [SiteFile] {
        var files = FeedWriter(hub: hub).files()
        files += SitemapWriter(hub: hub).files()
        files.append(RobotsFile(config: hub.config).file())
        files += try CatalogueWriter(hub: hub).files()
        return files
    }
}

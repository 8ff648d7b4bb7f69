import HubSupport
import HubModel

/// Every generated file that is not an HTML page: the Atom feeds, `sitemap.xml`, `robots.txt`,
/// the catalogue `hub.json` and its JSON Schema, and the recommendations tracker's data.
public struct SiteExtras: Sendable {
    public let hub: Hub

    public init(hub: Hub) {
        self.hub = hub
    }

    /// Writes every file into `output`, under one key: each file's content follows from the key and
    /// its own path, and their paths are known only by making them.
    public func write(into output: some OutputSink) throws {
        try output.writeFamily(key: key()) { try files() }
    }

    /// The files, each with its path under the site root.
    public func files() throws -> [SiteFile] {
        var files = FeedWriter(hub: hub).files()
        files += SitemapWriter(hub: hub).files()
        files.append(RobotsFile(config: hub.config).file())
        files += try CatalogueWriter(hub: hub).files()
        files += TrackerData(hub: hub).files()
        return files
    }

    /// Changes whenever anything these files show may have changed: the front matter, address and
    /// publication state of every document, the hub's settings and the date (none shows a body).
    public func key() -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("site extras")
        hasher.combine(hub.config.fingerprint)
        hasher.combine(hub.today.description)
        hasher.combine(hub.documents.count)
        for (document, state) in zip(hub.documents, hub.states) {
            hasher.combine(document.sitePath)
            hasher.combine(document.metadata.fingerprint)
            hasher.combine(state)
        }
        return hasher.finalize()
    }
}

import HubSupport
import HubModel

/// `robots.txt`: every crawler may read every page, and the sitemap is named by its absolute URL.
///
/// Crawlers only read `robots.txt` at a host's root; under a sub-path the file is harmless and
/// the site's owner can copy its `Sitemap:` line into the root one.
public struct RobotsFile: Sendable {
    public let config: HubConfig

    public init(config: HubConfig) {
        self.config = config
    }

    public var text: String {
        """
        User-agent: *
        Allow: /

        Sitemap: \(SiteURL.absolute("sitemap.xml", in: config))

        """
    }

    public func file() -> SiteFile { SiteFile(path: "robots.txt", text: text) }
}

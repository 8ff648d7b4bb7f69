import HubSupport
import HubModel

/// Writes `sitemap.xml`: every page of the site with its absolute URL and, where known, the date
/// its content last changed.
///
/// Drafts shown in a preview are left out. The sitemap protocol allows 50,000 URLs a file; a
/// larger hub gets `sitemap-1.xml`, `sitemap-2.xml`, ... and `sitemap.xml` becomes their index.
public struct SitemapWriter: Sendable {
    public let hub: Hub
    /// URLs per file (the protocol's limit is 50,000).
    public let urlsPerFile: Int

    public init(hub: Hub, urlsPerFile: Int = 50_000) {
        self.hub = hub
        self.urlsPerFile = max(1, urlsPerFile)
    }

    public func files() -> [SiteFile] {
        let urls = self.urls()
        if urls.count <= urlsPerFile {
            return [SiteFile(path: "sitemap.xml", text: Self.urlSet(urls))]
        }
        var files: [SiteFile] = []
        var index = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
        for (number, start) in stride(from: 0, to: urls.count, by: urlsPerFile).enumerated() {
            let part = Array(urls[start..<min(start + urlsPerFile, urls.count)])
            let path = "sitemap-\(number + 1).xml"
            files.append(SiteFile(path: path, text: Self.urlSet(part)))
            var entry = "  <sitemap><loc>\(XMLText.escape(SiteURL.absolute(path, in: hub.config)))</loc>"
            if let latest = part.compactMap(\.lastModified).max() { entry += "<lastmod>\(latest)</lastmod>" }
            index.append(entry + "</sitemap>")
        }
        index.append("</sitemapindex>")
        files.append(SiteFile(path: "sitemap.xml", text: index.joined(separator: "\n") + "\n"))
        return files
    }

    /// Every public page, in the order the site lists them.
    func urls() -> [SitemapURL] {
        let dates = SitemapDates(hub: hub)
        return SitePages.all(in: hub, related: nil).compactMap { page in
            page.sitemapEntry(dates).map { SitemapURL(location: SiteURL.absolute(page.path, in: hub.config), lastModified: $0.lastModified) }
        }
    }

    private static func urlSet(_ urls: [SitemapURL]) -> String {
        (["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
          "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
         + urls.map(\.xml) + ["</urlset>"]).joined(separator: "\n") + "\n"
    }
}

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
        let newest = latest(hub.documents.indices.filter { hub.documents[$0].kind.carriesLearning })
        return SitePage.all(in: hub).compactMap { page -> SitemapURL? in
            let lastModified: String?
            switch page {
            case .document(let index):
                let document = hub.documents[index]
                guard hub.isPublic(index) else { return nil }
                lastModified = (document.updated ?? document.published)?.description
            case .kindIndex(let kind): lastModified = latest(hub.documentsByKind[kind])
            case .theme(let theme): lastModified = latest(hub.documentsByTheme[theme.id])
            case .reviewType(let type): lastModified = latest(hub.documentsByReviewType[type])
            case .committee(let committee): lastModified = latest(hub.documentsByCommittee[committee.id])
            case .year(let year): lastModified = latest(hub.documentsByYear[year])
            case .home, .themeIndex, .reviewTypeIndex, .committeeIndex, .yearIndex, .glance, .recommendations:
                lastModified = newest
            case .search: lastModified = nil
            }
            return SitemapURL(location: SiteURL.absolute(page.sitePath(in: hub), in: hub.config), lastModified: lastModified)
        }
    }

    /// The latest date among the visible documents at `indices`.
    private func latest(_ indices: [Int]?) -> String? {
        (indices ?? []).compactMap { index -> CalendarDate? in
            guard hub.isPublic(index) else { return nil }
            let document = hub.documents[index]
            return document.updated ?? document.published
        }.max()?.description
    }

    private static func urlSet(_ urls: [SitemapURL]) -> String {
        (["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
          "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
         + urls.map(\.xml) + ["</urlset>"]).joined(separator: "\n") + "\n"
    }
}

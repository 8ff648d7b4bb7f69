import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HubModel
import HubSupport
import Testing
@testable import HubRendering

/// `sitemap.xml` and `robots.txt`.
@Suite struct SitemapTests {
    let hub = TestHub.standard()

    private func locations(_ file: SiteFile, root: String = "urlset") throws -> [(loc: String, lastmod: String?)] {
        let document = try XMLDocument(data: file.data, options: [])
        let element = try #require(document.rootElement())
        #expect(element.name == root)
        #expect(element.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let child = root == "urlset" ? "url" : "sitemap"
        return element.elements(forName: child).map {
            ($0.elements(forName: "loc").first?.stringValue ?? "", $0.elements(forName: "lastmod").first?.stringValue)
        }
    }

    @Test func listsEveryPublicPageWithAbsoluteURLs() throws {
        let files = SitemapWriter(hub: hub).files()
        #expect(files.map(\.path) == ["sitemap.xml"])
        let urls = try locations(files[0])
        let locs = urls.map(\.loc)
        #expect(locs.allSatisfy { $0.hasPrefix("https://example.org/hub/") && $0.hasSuffix("/") })
        #expect(Set(locs).count == locs.count, "no page twice")
        for path in ["", "themes/", "themes/neglect/", "glance/", "recommendations/", "search/", "reviews/child-a/",
                     "briefs/old-brief/", "years/2022/", "committees/test-cpc/", "review-types/learning-review/"] {
            #expect(locs.contains("https://example.org/hub/" + path), "missing \(path)")
        }
        #expect(!locs.contains { $0.contains("zebra") }, "drafts are never in the sitemap")
        #expect(urls.first { $0.loc.hasSuffix("/briefings/child-a-briefing/") }?.lastmod == "2024-06-15")
        #expect(urls.first { $0.loc.hasSuffix("/reviews/child-a/") }?.lastmod == "2024-03-05")
        #expect(urls.first { $0.loc == "https://example.org/hub/" }?.lastmod == "2024-06-15")
        #expect(urls.compactMap(\.lastmod).allSatisfy { $0.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil })
        // The same pages the renderer writes, less the draft.
        #expect(locs.count == SitePages.all(in: hub, related: nil).count - 1)
    }

    @Test func aLargeHubGetsASitemapIndex() throws {
        let whole = try locations(SitemapWriter(hub: hub).files()[0]).map(\.loc)
        let files = SitemapWriter(hub: hub, urlsPerFile: 10).files()
        let index = try #require(files.last)
        #expect(index.path == "sitemap.xml")
        let parts = try locations(index, root: "sitemapindex").map(\.loc)
        #expect(parts == (1..<files.count).map { "https://example.org/hub/sitemap-\($0).xml" })
        let split = try files.dropLast().flatMap { try locations($0).map(\.loc) }
        #expect(split == whole)
    }

    @Test func robotsAllowsEverythingAndNamesTheSitemap() {
        let text = RobotsFile(config: hub.config).text
        #expect(text.contains("User-agent: *\nAllow: /\n"))
        #expect(text.contains("Sitemap: https://example.org/hub/sitemap.xml\n"))
    }
}

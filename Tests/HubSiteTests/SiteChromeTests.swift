import Foundation
import HubModel
@testable import HubSite
import Testing
import HubTestSupport

/// The site header and footer are rendered once per section and depth and shared by those pages,
/// so their templates see the site and navigation only, never one page's own fields.
@Suite struct SiteChromeTests {
    /// A copy of the default theme, with `edit` applied to its templates folder.
    private func theme(in hub: FixtureHub, _ edit: (URL) throws -> Void) throws -> String {
        let copy = try hub.copyDefaultTheme()
        try edit(hub.theme.appendingPathComponent("templates"))
        return copy
    }

    @Test func theHeaderSeesOnlyTheSiteAndItsNavigation() throws {
        let hub = try FixtureHub.testShire()
        let themed = try theme(in: hub) { templates in
            let header = templates.appendingPathComponent("site-header.mustache")
            let text = try String(contentsOf: header, encoding: .utf8)
            try (text + "<p class=\"probe\">[{{layout.title}}|{{title}}|{{site.title}}|{{root}}]</p>")
                .write(to: header, atomically: true, encoding: .utf8)
        }
        #expect(hub.build(theme: themed).succeeded)
        let review = try #require(hub.page("reviews/child-a/index.html"))
        let reviews = try #require(hub.page("reviews/index.html"))
        let home = try #require(hub.page("index.html"))
        let afterLink = try #require(review.range(of: "<a class=\"site-title\" href=\"../../\">")).upperBound
        let title = try #require(review[afterLink...].split(separator: "<").first)
        // The page's title is not visible to the header; the site's title and the way back to the root are.
        #expect(review.contains("<p class=\"probe\">[||\(title)|../../]</p>"))
        #expect(reviews.contains("<p class=\"probe\">[||\(title)|../]</p>"))
        #expect(home.contains("<p class=\"probe\">[||\(title)|]</p>"))
        // The navigation still marks the section each page is in.
        #expect(review.contains("<a href=\"../../reviews/\" aria-current=\"page\">Reviews</a>"))
        #expect(home.contains("<a href=\"reviews/\">Reviews</a>"))
    }

    @Test func aThemeWithoutAFooterTemplateIsRefusedWithItsPath() throws {
        let hub = try FixtureHub.testShire()
        let themed = try theme(in: hub) { templates in
            try FileManager.default.removeItem(at: templates.appendingPathComponent("site-footer.mustache"))
        }
        let report = hub.build(theme: themed)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.description).contains {
            $0.hasPrefix("\(themed)/templates/site-footer.mustache:1:1: error: the site theme lacks the template 'site-footer.mustache'")
        }, "\(report.diagnostics)")
    }
}

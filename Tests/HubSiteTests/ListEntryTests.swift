import Foundation
import HubModel
@testable import HubSite
import Testing
import HubTestSupport

/// A document's list entry is rendered once and given each folder depth's links by replacing a
/// root marker (U+0001); a theme whose templates hold that character has its entries rendered at
/// each depth instead, so the character reaches the pages as written.
@Suite struct ListEntryTests {
    /// A copy of the default theme whose `document-item` ends with `probe`.
    private func theme(in hub: FixtureHub, probe: String) throws -> String {
        let copy = try hub.copyDefaultTheme()
        try hub.edit("templates/document-item.mustache", under: hub.theme) { $0 + probe }
        return copy
    }

    @Test(arguments: ["", "\u{1}"])
    func entriesLinkFromTheirOwnDepth(marker: String) throws {
        let hub = try FixtureHub.testShire()
        let themed = try theme(in: hub, probe: "<p class=\"probe\">[\(marker){{href}}|{{#themes}}{{href}} {{/themes}}]</p>\n")
        #expect(hub.build(theme: themed).succeeded)
        // The home page (depth 0), a listing (depth 1) and a theme page (depth 2) list the same review.
        let home = try #require(hub.page("index.html"))
        let listing = try #require(hub.page("reviews/index.html"))
        let theme = try #require(hub.page("themes/neglect/index.html"))
        #expect(home.contains("<p class=\"probe\">[\(marker)reviews/child-a/|themes/neglect/ "), "\(home)")
        #expect(listing.contains("<p class=\"probe\">[\(marker)../reviews/child-a/|../themes/neglect/ "))
        #expect(theme.contains("<p class=\"probe\">[\(marker)../../reviews/child-a/|../../themes/neglect/ "))
        // The entry's own link and the page's other links agree.
        #expect(listing.contains("<a href=\"../reviews/child-a/\">"))
    }
}

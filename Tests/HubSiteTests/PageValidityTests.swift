import Foundation
import HubModel
import Testing
import HubTestSupport

/// What the W3C checker and axe ask of every page, checked on the files a build writes: ids unique on
/// each page (a heading never takes the page's own ids or a footnote's), table alignment as classes,
/// no empty lede or meta description.
@Suite struct PageValidityTests {
    /// Literal ids in the templates that make a document's page are all reserved, so no heading takes one.
    @Test func everyIdTheDocumentTemplatesUseIsReserved() throws {
        let templates = ["layout", "site-header", "site-footer", "review", "brief", "briefing", "page", "document-header",
                         "document-item", "source-review", "related-learning"]
        var ids: Set<String> = []
        for name in templates {
            let url = Repository.defaultTheme.appendingPathComponent("templates/\(name).mustache")
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: #/\bid="([^"{]+)"/#) { ids.insert(String(match.1)) }
        }
        #expect(ids.contains("main"))
        #expect(ids.subtracting(PageAnchors.reserved).isEmpty, "\(ids.subtracting(PageAnchors.reserved))")
    }

    @Test func headingsNeverClashWithThePagesIdsOrFootnotes() throws {
        var files = TestShire.standardFiles
        files["reviews/child-a.md"] = TestShire.review(body: """
            ## Main

            A note.[^1]

            ## Recommendations heading

            ## Related learning heading

            ## fn 1

            ## fnref 1

            | Agency | Contacts | Share |
            |:--|--:|:-:|
            | Health | 3 | half |

            [^1]: The footnote.
            """)
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build().succeeded)
        for path in ["reviews/child-a/index.html", "briefs/child-a-brief/index.html", "briefings/child-a-briefing/index.html",
                     "about/index.html"] {
            let page = try #require(hub.page(path))
            let ids = page.matches(of: #/\sid="([^"]+)"/#).map { String($0.1) }
            #expect(Set(ids).count == ids.count, "\(path): \(ids)")
        }
        let review = try #require(hub.page("reviews/child-a/index.html"))
        #expect(review.contains(#"<h2 id="main-2">Main</h2>"#) && review.contains(#"<h2 id="section-fn-1">fn 1</h2>"#))
        #expect(review.contains(#"<th class="align-left">Agency</th>"#) && review.contains(#"<td class="align-right">3</td>"#))
        #expect(review.contains(#"<td class="align-center">half</td>"#) && !review.contains("align=\""))
        #expect(hub.page("static/style.css")?.contains("td.align-right") == true)
    }

    /// A free page with no summary has no empty lede and no empty description.
    @Test func anEmptySummaryLeavesNoEmptyLedeOrDescription() throws {
        var files = TestShire.standardFiles
        files["pages/contact.md"] = FixtureDocument.page(title: "Contact us", body: "Write to us.\n")
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("contact/index.html"))
        #expect(!page.contains(#"<p class="lede"></p>"#) && !page.contains(#"content="""#))
        #expect(!page.contains(#"<meta name="description""#))
        for path in ["years/2024/index.html", "review-types/index.html", "years/index.html"] {
            let list = try #require(hub.page(path))
            #expect(!list.contains("<p></p>") && !list.contains(#"<p class="lede"></p>"#), "\(path)")
        }
    }

    /// The home page says what the hub is once (its own description, no sentence the theme wrote for
    /// every hub) and has one search box, the header's.
    @Test func theHomePageHasOneSearchBoxAndNoHardCodedDescription() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let home = try #require(hub.page("index.html"))
        #expect(home.components(separatedBy: #"type="search""#).count - 1 == 1)
        #expect(!home.contains("to use in supervision and team meetings"))
    }
}

import Foundation
import HubModel
import HubRendering
import HubSite
import Testing
import HubTestSupport

/// Whole-site checks of the publishing outputs: feeds, sitemap, robots, the catalogue, the
/// "Learning at a glance" page, the recommendations tracker and related learning.
@Suite struct PublishingOutputsTests {
    @Test func writesFeedsSitemapRobotsAndCatalogue() throws {
        let hub = try FixtureHub.testShire()
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        for path in ["feed.xml", "themes/neglect/feed.xml", "themes/information-sharing/feed.xml", "themes/transitions/feed.xml",
                     "sitemap.xml", "robots.txt", "hub.json", "hub.schema.json", "glance/index.html",
                     "recommendations/index.html", "static/tracker.js"] {
            #expect(hub.exists(path), "missing \(path)")
        }
        let robots = try #require(hub.page("robots.txt"))
        #expect(robots.contains("Sitemap: https://example.org/learning-hub/sitemap.xml"))
        let sitemap = try #require(hub.page("sitemap.xml"))
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(locations.allSatisfy { $0.hasPrefix("https://example.org/learning-hub/") })
        // Every HTML page written is in the sitemap, and nothing else.
        let pages = hub.snapshot().keys.filter { $0.hasSuffix("index.html") }.map {
            "https://example.org/learning-hub/" + String($0.dropLast("index.html".count))
        }
        #expect(Set(locations) == Set(pages))
        #expect(report.pageCount == pages.count)
    }

    @Test func everyPageAdvertisesTheFeedAndThemePagesTheirOwn() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let review = try #require(hub.page("reviews/child-a/index.html"))
        #expect(review.contains(#"<link rel="alternate" type="application/atom+xml" title="Test Shire Learning Hub: all new learning" href="../../feed.xml">"#))
        let theme = try #require(hub.page("themes/neglect/index.html"))
        #expect(theme.contains(#"type="application/atom+xml" title="Neglect: new learning (Test Shire Learning Hub)" href="../../themes/neglect/feed.xml">"#))
        #expect(theme.contains(#"<a href="../../themes/neglect/feed.xml" type="application/atom+xml">Subscribe (Atom feed)"#))
        let home = try #require(hub.page("index.html"))
        #expect(home.contains(#"href="feed.xml""#) && home.contains("Subscribe (Atom feed)"))
        #expect(home.contains(#"<a href="glance/">Learning at a glance</a>"#))
        #expect(home.contains(#"<a href="recommendations/">Recommendations tracker</a>"#))
        // The footer links both new pages from everywhere; the primary navigation is unchanged.
        #expect(review.contains(#"<li><a href="../../glance/">Learning at a glance</a></li>"#))
        #expect(review.contains(#"<li><a href="../../recommendations/">Recommendations tracker</a></li>"#))
        let nav = try #require(review.components(separatedBy: #"<nav class="site-nav""#).last?.components(separatedBy: "</nav>").first)
        #expect(!nav.contains("glance") && !nav.contains("recommendations"))
    }

    @Test func catalogueHoldsPublishedAndWithdrawnRecordsButNoDrafts() throws {
        var files = TestShire.standardFiles
        files["briefs/secret-draft.md"] = TestShire.brief(title: "Zebra draft brief", extra: "draft: true")
        files["briefings/embargoed.md"] = TestShire.briefing(title: "Quokka embargoed briefing", extra: "publish_after: 2030-01-01")
        files["briefs/old.md"] = TestShire.brief(title: "Old brief", extra: "retain_until: 2025-01-01",
                                                 body: "## Detail\n\nWallaby detail that is withdrawn.\n")
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build(drafts: true).succeeded)
        #expect(hub.exists("briefs/secret-draft/index.html"), "the preview shows the draft's own page")
        let data = try #require(hub.page("hub.json")).data(using: .utf8)!
        let catalogue = try JSONDecoder().decode(Catalogue.self, from: data)
        #expect(catalogue.schemaVersion == "1.1")
        #expect(catalogue.schema == "https://example.org/learning-hub/hub.schema.json")
        #expect(catalogue.documents.map(\.slug).sorted() == ["child-a", "child-a-brief", "child-a-briefing", "old"])
        let old = try #require(catalogue.documents.first { $0.slug == "old" })
        #expect(old.status == "withdrawn")
        let review = try #require(catalogue.documents.first { $0.slug == "child-a" })
        #expect(review.recommendations.map(\.overdue) == [true, false])
        for path in ["hub.json", "feed.xml", "themes/neglect/feed.xml", "sitemap.xml", "glance/index.html", "recommendations/index.html",
                     "reviews/child-a/index.html", "briefs/child-a-brief/index.html"] {
            let text = try #require(hub.page(path))
            #expect(!text.contains("Zebra") && !text.contains("Quokka"), "a draft or embargoed document leaked into \(path)")
        }
        #expect(!(hub.page("feed.xml") ?? "").contains("Old brief"), "withdrawn learning is not new learning")
        #expect((hub.page("sitemap.xml") ?? "").contains("/briefs/old/"), "its page still exists")
        let schemaText = try #require(hub.page("hub.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(schemaText.utf8)) as? [String: Any])
        #expect(schema["$id"] as? String == catalogue.schema)
    }

    @Test func glancePageDrawsAccessibleChartsWithTables() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("glance/index.html"))
        #expect(page.contains("<h1>Learning at a glance</h1>"))
        let charts = page.components(separatedBy: "<svg ").dropFirst()
        #expect(charts.count == 7)
        for chart in charts {
            let labelledBy = try #require(chart.components(separatedBy: "aria-labelledby=\"").dropFirst().first?.prefix { $0 != "\"" })
            #expect(page.contains("<h2 id=\"\(labelledBy)\">"), "a chart is named by its heading")
            #expect(chart.contains("role=\"img\"") && chart.contains("<title>") && chart.contains("<desc id="))
        }
        #expect(page.components(separatedBy: "<table class=\"chart-table\">").count - 1 == 7)
        #expect(page.components(separatedBy: "<caption").count - 1 == 7)
        #expect(page.contains(#"<th scope="row">2024</th><td>1</td><td>1</td><td>1</td><td>3</td>"#), "one of each type in 2024")
        #expect(page.contains(#"<th scope="row">Neglect</th><td>3</td>"#))
        #expect(page.contains("1 recommendation is overdue"))
        #expect(page.contains(#"href="../recommendations/?overdue=1""#))
        #expect(!page.contains("style="), "no inline style: the CSP would block it")
        #expect(page.components(separatedBy: "<script").count - 1 == 1, "only the site's own script")
        #expect(hub.page("static/style.css")?.contains(".chart-svg") == true)
    }

    @Test func trackerListsEveryRecommendationAsAPlainTable() throws {
        var files = TestShire.standardFiles
        files["reviews/child-b.md"] = TestShire.review(title: "Review of Child B", published: "2023-01-10",
                                                       themes: ["transitions"], body: "Text.\n")
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("recommendations/index.html"))
        let rows = page.components(separatedBy: "<tr data-status=").dropFirst()
        #expect(rows.count == 4)
        #expect(rows.first?.hasPrefix(#""in-progress" data-themes="neglect information-sharing" data-overdue="true" class="is-overdue">"#) == true)
        #expect(rows.first?.contains(#"<a href="../reviews/child-a/">Learning review of Child A</a>"#) == true)
        #expect(rows.first?.contains("Overdue") == true)
        #expect(rows.dropFirst().first?.contains(#"data-overdue="false""#) == true)
        #expect(page.contains(#"<script src="../static/tracker.js" defer></script>"#))
        #expect(page.contains(#"<form class="tracker-filters" id="tracker-filters" action="./" method="get" data-tracker-data="../recommendations/data/" hidden>"#),
                "filters appear only with JavaScript")
        #expect(page.contains(#"role="status" aria-live="polite""#))
        #expect(page.contains(#"<option value="transitions">Transitions (2)</option>"#))
        let review = try #require(hub.page("reviews/child-a/index.html"))
        #expect(review.contains(#"<a href="../../recommendations/">See every recommendation across the hub in the recommendations tracker</a>"#))
    }

    @Test func documentPagesShowRelatedLearning() throws {
        var files = TestShire.standardFiles
        files["briefs/other.md"] = TestShire.brief(title: "Unrelated brief", review: "child-a", published: "2024-02-01", themes: ["transitions"])
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build().succeeded)
        let brief = try #require(hub.page("briefs/child-a-brief/index.html"))
        let related = try #require(brief.components(separatedBy: "Related learning</h2>").last)
        // The brief is on neglect: the briefing shares it; the transitions brief does not. The review shares it
        // too, but the page lists it above, as the review the brief draws on.
        #expect(related.contains("Seven-minute briefing: Child A"))
        #expect(!related.contains("Learning review of Child A"), "listed above as the source review")
        #expect(brief.contains("Learning review of Child A"))
        #expect(!related.contains("Unrelated brief"))
        #expect(!related.contains("Learning brief: Child A"), "never itself")
        // Nor does the review's related learning repeat the learning drawn from it.
        let review = try #require(hub.page("reviews/child-a/index.html"))
        let reviewRelated = review.components(separatedBy: "Related learning</h2>").dropFirst().first ?? ""
        #expect(!reviewRelated.contains("Learning brief: Child A") && !reviewRelated.contains("Seven-minute briefing: Child A"))
        let page = try #require(hub.page("about/index.html"))
        #expect(!page.contains("Related learning"), "free pages have no themes")
    }

    /// `briefs/page/` holds the later pages of the list of briefs: no brief may take it.
    @Test func aDocumentSlugTakingTheListsPagesFolderFailsTheBuild() throws {
        var files = TestShire.standardFiles
        files["briefs/page.md"] = TestShire.brief(title: "A brief called page")
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains {
            $0.location.path.hasSuffix("briefs/page.md") && $0.message.contains("the slug 'page' is used by the pages of the list of learning briefs")
        })
    }

    @Test func aPageSlugTakingASitePageFailsTheBuild() throws {
        var files = TestShire.standardFiles
        files["pages/glance.md"] = "---\ntitle: Glance\n---\n\nText.\n"
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.contains("the page slug 'glance' is used by the site itself") })
    }
}

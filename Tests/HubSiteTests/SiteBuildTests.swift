import Foundation
import HubModel
import HubSearch
import HubSite
import Testing
import HubTestSupport

/// Whole-site fixture tests: build a small real hub into a temporary folder and check the files written.
@Suite struct SiteBuildTests {
    @Test func writesEveryPageType() throws {
        let hub = try FixtureHub.testShire()
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.documentCount == 5)
        for path in ["index.html", "reviews/child-a/index.html", "briefs/child-a-brief/index.html",
                     "briefings/child-a-briefing/index.html", "about/index.html", "accessibility/index.html",
                     "reviews/index.html", "briefs/index.html", "briefings/index.html",
                     "themes/index.html", "themes/neglect/index.html", "themes/information-sharing/index.html",
                     "themes/transitions/index.html", "review-types/index.html", "review-types/learning-review/index.html",
                     "committees/index.html", "committees/test-cpc/index.html", "years/index.html", "years/2024/index.html",
                     "search/index.html", "search/documents.json", "static/style.css", "static/site.js", "static/search/search.js", "static/search/stemmer.js",
                     "search/index/meta.json", "search/index/meta.js", "search/index/facets.json", "search/index/terms/0.json",
                     "search/index/docs/0.json", "search/index/text/0.txt.gz", "search/index/scripts/docs-0.js",
                     "search/index/scripts/terms-0.js"] {
            #expect(hub.exists(path), "missing \(path)")
        }
        #expect(!hub.exists("pages/about/index.html"))
    }

    @Test func reviewPageShowsMetadataRecommendationsAndDerivedLearning() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("reviews/child-a/index.html"))
        #expect(page.contains("<h1>Learning review of Child A</h1>"))
        #expect(page.contains("<title>Learning review of Child A – Test Shire Learning Hub</title>"))
        #expect(page.contains(#"<a href="../../review-types/learning-review/">Learning review</a>"#))
        #expect(page.contains(#"<a href="../../committees/test-cpc/">Test Shire Child Protection Committee</a>"#))
        #expect(page.contains(#"<time datetime="2024-03-05">5 March 2024</time>"#))
        #expect(page.contains("Content warning"))
        // R1 is in progress and was due before "today" (2025-06-01): overdue. R2 is complete: not overdue.
        let rows = page.components(separatedBy: "<tr").filter { $0.contains("scope=\"row\"") }
        #expect(rows.count == 2)
        #expect(rows[0].contains(">R1<") && rows[0].contains("In progress") && rows[0].contains("Overdue") && rows[0].contains("Multi-agency"))
        #expect(rows[1].contains(">R2<") && rows[1].contains("Complete") && !rows[1].contains("Overdue"))
        #expect(page.contains("Learning drawn from this review"))
        #expect(page.contains(#"href="../../briefs/child-a-brief/""#))
        #expect(page.contains(#"href="../../briefings/child-a-briefing/""#))
        #expect(page.contains(#"<h2 id="findings">Findings</h2>"#))
    }

    @Test func briefRewritesSourceLinksAndLinksBackToItsReview() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("briefs/child-a-brief/index.html"))
        #expect(page.contains(#"<a href="../../reviews/child-a/#findings">the review</a>"#))
        #expect(page.contains("The review this learning comes from"))
        #expect(!page.contains(".md"))
    }

    @Test func briefingHasSevenNumberedSections() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("briefings/child-a-briefing/index.html"))
        let sections = page.components(separatedBy: "<li class=\"briefing-section\">").dropFirst()
        #expect(sections.count == 7)
        for (offset, title) in ["Background", "Why it matters", "Information", "What it means for practice",
                                "Questions to consider", "What to do", "Further information"].enumerated() {
            let section = sections[sections.startIndex + offset]
            #expect(section.contains("<span class=\"briefing-section__number\">\(offset + 1)</span>"))
            #expect(section.contains(title))
        }
    }

    @Test func themePageCountsItsDocumentsByKindAndListsCooccurringThemes() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("themes/neglect/index.html"))
        #expect(page.contains("Recognising cumulative neglect"))
        // Each kind in words, singular for one: never "1 Learning briefs".
        #expect(page.contains("3 documents: 1 review, 1 learning brief and 1 seven-minute briefing"))
        #expect(page.contains("All 3 documents"))
        // Newest first, of every kind: the briefing (May), the brief (April), the review (March).
        let briefing = try #require(page.range(of: "Seven-minute briefing: Child A"))
        let brief = try #require(page.range(of: "Learning brief: Child A"))
        let review = try #require(page.range(of: "Learning review of Child A"))
        #expect(briefing.lowerBound < brief.lowerBound && brief.lowerBound < review.lowerBound)
        let related = try #require(page.components(separatedBy: "Themes that often appear with").last)
        #expect(related.contains(#"<a href="../../themes/information-sharing/">Information sharing</a>"#))
        #expect(related.contains(#"<a href="../../themes/transitions/">Transitions</a>"#))
        let empty = try #require(hub.page("themes/transitions/index.html"))
        #expect(empty.contains("1 document"))
        let index = try #require(hub.page("themes/index.html"))
        #expect(index.contains(#"<a href="../themes/neglect/">Neglect</a>"#))
    }

    @Test func homeListsLatestLearningThemesWithCountsAndASearchBox() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("index.html"))
        #expect(page.contains("Latest learning"))
        #expect(page.contains(#"<a href="themes/neglect/">Neglect</a> <span class="count">3 documents</span>"#))
        #expect(page.contains(#"action="search/""#))
        #expect(page.contains(#"name="q""#))
        // Newest first: the briefing (May) before the brief (April) before the review (March).
        let briefing = try #require(page.range(of: "Seven-minute briefing: Child A"))
        let brief = try #require(page.range(of: "Learning brief: Child A"))
        let review = try #require(page.range(of: "Learning review of Child A"))
        #expect(briefing.lowerBound < brief.lowerBound && brief.lowerBound < review.lowerBound)
    }

    @Test func searchDocumentsHoldOneRecordPerPublishedDocument() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let data = try Data(contentsOf: hub.output.appendingPathComponent("search/documents.json"))
        let records = try JSONDecoder().decode([SearchDocumentRecord].self, from: data)
        #expect(records.count == 5)
        let review = try #require(records.first { $0.type == "review" })
        #expect(review.url == "reviews/child-a/")
        #expect(review.title == "Learning review of Child A")
        #expect(review.themes == ["neglect", "information-sharing"])
        #expect(review.committee == "test-cpc")
        #expect(review.reviewType == "learning-review")
        #expect(review.published == "2024-03-05")
        #expect(String(decoding: data, as: UTF8.self).contains("\"review_type\":\"learning-review\""))
    }

    @Test func draftsAndEmbargoedDocumentsAppearNowhere() throws {
        var files = TestShire.standardFiles
        files["briefs/secret-draft.md"] = TestShire.brief(title: "Zebra draft brief", extra: "draft: true")
        files["briefings/embargoed.md"] = TestShire.briefing(title: "Quokka embargoed briefing", extra: "publish_after: 2030-01-01")
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.documentCount == 5)
        for (path, data) in hub.snapshot() {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Zebra") && !text.contains("Quokka"), "leaked into \(path)")
        }
        #expect(!hub.exists("briefs/secret-draft/index.html"))
        #expect(!hub.exists("briefings/embargoed/index.html"))
    }

    @Test func draftsPreviewOnlyWithTheFlagAndAreMarked() throws {
        var files = TestShire.standardFiles
        files["briefs/secret-draft.md"] = TestShire.brief(title: "Zebra draft brief", extra: "draft: true")
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build(drafts: true).succeeded)
        let page = try #require(hub.page("briefs/secret-draft/index.html"))
        #expect(page.contains("class=\"draft-banner\""))
        #expect(page.contains("noindex"))
        // Still not listed, counted or searchable.
        #expect(!(hub.page("briefs/index.html") ?? "").contains("Zebra"))
        #expect(!(hub.page("search/documents.json") ?? "").contains("Zebra"))
    }

    @Test func withdrawnDocumentKeepsItsRecordButNotItsText() throws {
        var files = TestShire.standardFiles
        files["briefs/old.md"] = TestShire.brief(title: "Old brief", extra: "retain_until: 2025-01-01",
                                                 body: "## Detail\n\nWallaby detail that is withdrawn.\n")
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build().succeeded)
        let page = try #require(hub.page("briefs/old/index.html"))
        #expect(page.contains("Withdrawn."))
        #expect(page.contains("available on request"))
        #expect(!page.contains("Wallaby"))
    }

    @Test func frontMatterAndMarkdownCannotInjectScript() throws {
        var files = TestShire.standardFiles
        files["briefs/hostile.md"] = TestShire.brief(
            title: "<script>alert(1)</script> brief", extra: "audience: [\"\\\"><img src=x onerror=alert(2)>\"]",
            body: "<script>alert(3)</script>\n\n<img src=x onerror=alert(4)>\n\n<iframe src=\"https://example.org\"></iframe>\n")
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let page = try #require(hub.page("briefs/hostile/index.html"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("<iframe"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; brief"))
        #expect(page.contains("raw HTML omitted"))
        let scripts = page.components(separatedBy: "<script").count - 1
        #expect(scripts == 1, "only the site's own external script")
    }

    @Test func everyInternalLinkAndAssetResolvesUnderAnySubPath() throws {
        let hub = try FixtureHub.testShire()
        #expect(hub.build().succeeded)
        let pattern = try NSRegularExpression(pattern: #"(?:href|src|action)="([^"]*)""#)
        var checked = 0
        for (path, data) in hub.snapshot() where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            let folder = (path as NSString).deletingLastPathComponent
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                var link = String(text[Range(match.range(at: 1), in: text)!])
                if link.hasPrefix("https://") || link.hasPrefix("#") || link.hasPrefix("data:") { continue }
                #expect(!link.hasPrefix("/"), "root-relative link \(link) in \(path) breaks under a sub-path")
                if let cut = link.firstIndex(where: { $0 == "#" || $0 == "?" }) { link = String(link[..<cut]) }
                var target = URL(fileURLWithPath: "/site/" + folder).appendingPathComponent(link).standardized.path
                #expect(target.hasPrefix("/site"), "\(link) in \(path) leaves the site")
                target = String(target.dropFirst("/site".count))
                if link.hasSuffix("/") || link.isEmpty || link == "." { target += "/index.html" }
                #expect(hub.exists(target), "\(path) links to \(link), which does not exist")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func linkedAssetsAreCopiedAndOthersAreNot() throws {
        var files = TestShire.standardFiles
        files["reviews/child-a.md"] = TestShire.review(extra: "report: assets/child-a-report.pdf",
                                                       body: "See the [chronology](../assets/chronology.pdf).\n")
        let hub = try FixtureHub.testShire(files)
        try hub.write("assets/child-a-report.pdf", MinimalPDF(pages: [["The full report."]]).data)
        try hub.write("assets/chronology.pdf", MinimalPDF(pages: [["The chronology."]]).data)
        try hub.write("assets/unlinked-draft.pdf", "%PDF-1.4 not for publication")
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(hub.exists("assets/child-a-report.pdf"))
        #expect(hub.exists("assets/chronology.pdf"))
        #expect(!hub.exists("assets/unlinked-draft.pdf"))
        let page = try #require(hub.page("reviews/child-a/index.html"))
        #expect(page.contains(#"href="../../assets/child-a-report.pdf""#))
        #expect(page.contains(#"href="../../assets/chronology.pdf""#))
    }
}

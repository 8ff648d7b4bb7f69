import HubAnonymisation
import Foundation
import HubModel
@testable import HubSite
import Testing
import HubTestSupport

/// Incremental builds: after each kind of edit, the site built with the cache must equal, byte for
/// byte, the site built from scratch, and only the pages the edit touches are rendered again.
@Suite struct IncrementalBuildTests {
    /// Builds incrementally and from scratch, and expects the two sites to be identical.
    private func expectSameAsScratch(_ hub: IncrementalHub, _ what: Comment,
                                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildReport {
        let report = hub.buildIncrementally()
        #expect(report.succeeded, "\(what): \(report.diagnostics)", sourceLocation: sourceLocation)
        let incremental = hub.outputFiles()
        let scratch = try hub.buildFromScratch()
        #expect(incremental.count > 50, sourceLocation: sourceLocation)
        #expect(Set(incremental.keys) == Set(scratch.keys), "\(what): different files", sourceLocation: sourceLocation)
        let differing = scratch.keys.filter { incremental[$0] != scratch[$0] }.sorted()
        #expect(differing.isEmpty, "\(what): files differ: \(differing)", sourceLocation: sourceLocation)
        return report
    }

    /// Pages rendered by a build rather than kept from the one before.
    private func rendered(_ report: BuildReport) -> Int { report.pageCount - report.pagesReused }

    @Test func everyKindOfEditGivesTheSameSiteAsABuildFromScratch() throws {
        let hub = try IncrementalHub()
        let first = try expectSameAsScratch(hub, "first build")
        #expect(first.pagesReused == 0 && first.filesReused == 0)

        // Nothing changed: only the few pages made from counts of everything are rendered.
        let unchanged = try expectSameAsScratch(hub, "no change")
        let alwaysRendered = rendered(unchanged)
        #expect(alwaysRendered > 0 && alwaysRendered <= 10)
        #expect(unchanged.filesReused > unchanged.pageCount)

        // A paragraph of one brief: its page alone; the feeds, the catalogue and the search catalogue, which
        // show no body, are kept. (The result summaries say where each text lies, so they may change.)
        let extras = ["hub.json", "feed.xml", "sitemap.xml", "search/documents.json"]
        let before = extras.map { hub.identity(of: $0) }
        try hub.edit("briefs/child-k-learning-brief.md") {
            $0.replacingOccurrences(of: "For several weeks, no one", with: "For several weeks, nobody")
        }
        #expect(rendered(try expectSameAsScratch(hub, "body edit")) == alwaysRendered + 1)
        #expect(extras.map { hub.identity(of: $0) } == before)
        #expect(!before.contains(nil))

        // A title: the review's page and every page that lists or links it.
        try hub.edit("reviews/child-k-initial-case-review.md") {
            $0.replacingOccurrences(of: "title: ", with: "title: Revised ", options: [], range: $0.range(of: "title: "))
        }
        let retitled = try expectSameAsScratch(hub, "title edit")
        #expect(hub.identity(of: "hub.json") != before[0])
        #expect(hub.identity(of: "search/documents.json") != before[3])
        #expect(rendered(retitled) > alwaysRendered + 3)
        #expect(rendered(retitled) < retitled.pageCount)

        // Themes, which move a document between theme pages and change related learning.
        try hub.edit("briefings/child-a-seven-minute-briefing.md") {
            $0.replacingOccurrences(of: "themes:\n", with: "themes:\n  - transitions\n")
        }
        _ = try expectSameAsScratch(hub, "themes edit")

        // A recommendation's progress: the review's page, the tracker and the glance.
        try hub.edit("reviews/young-person-m-cspr.md") {
            $0.replacingOccurrences(of: "status: in-progress", with: "status: complete", options: [],
                                    range: $0.range(of: "status: in-progress"))
        }
        let progressed = try expectSameAsScratch(hub, "recommendation edit")
        #expect(rendered(progressed) == alwaysRendered + 3)

        // A new document, then its removal.
        let newBrief = try String(contentsOf: hub.content.appendingPathComponent("briefs/child-a-learning-brief.md"), encoding: .utf8)
            .replacingOccurrences(of: "title: \"", with: "title: \"Second look at ", options: [], range: nil)
        try hub.write("briefs/child-a-second-look.md", newBrief)
        _ = try expectSameAsScratch(hub, "new document")
        try hub.remove("briefs/child-a-second-look.md")
        _ = try expectSameAsScratch(hub, "removed document")

        // The search vocabulary: a new phrase is a new term in every run that has it, and a new word
        // (here in a brief's body) is a new entry in the correction dictionary.
        try hub.edit("hub.yaml") { $0 + "search:\n  synonyms:\n    cumulative harm: [harm that builds up]\n    HV: []\n" }
        let vocabulary = hub.outputFiles()["search/index/vocabulary.json"]
        let synonyms = try expectSameAsScratch(hub, "synonyms added to hub.yaml")
        #expect(synonyms.pagesReused > 0, "the synonyms show on no page")
        try hub.edit("briefs/child-k-learning-brief.md") { $0 + "\nZebracrossingword, cumulative harm and self-harm.\n" }
        _ = try expectSameAsScratch(hub, "a new word and a phrase in a body")
        try hub.edit("hub.yaml") { $0.replacingOccurrences(of: "    HV: []\n", with: "") }
        _ = try expectSameAsScratch(hub, "a synonym removed from hub.yaml")
        #expect(hub.outputFiles()["search/index/vocabulary.json"] != vocabulary)

        // hub.yaml shapes every page; so does the site theme.
        try hub.edit("hub.yaml") { $0.replacingOccurrences(of: "title: ", with: "title: The ", options: [], range: $0.range(of: "title: ")) }
        let settings = try expectSameAsScratch(hub, "hub.yaml edit")
        #expect(settings.pagesReused == 0)
        try hub.edit("templates/layout.mustache", under: hub.theme) { $0.replacingOccurrences(of: "</main>", with: "<p>Edited</p></main>") }
        let themed = try expectSameAsScratch(hub, "template edit")
        #expect(themed.pagesReused == 0)
        try hub.edit("static/style.css", under: hub.theme) { $0 + "\n/* edited */\n" }
        _ = try expectSameAsScratch(hub, "stylesheet edit")
    }

    /// Lists of more than one page: an edit renders again only the pages of lists that show what it
    /// changed (a later page keeps while the entries it shows and the list's length do), and a list that
    /// grows or shrinks by a page gains or loses that page, as a build from scratch would.
    @Test func pagesOfListsAreRenderedAgainOnlyWhenWhatTheyShowChanges() throws {
        let hub = try IncrementalHub()
        // 5 briefs in the sample, then 50 more, all on neglect, in 2019 (older than the sample's): two pages each.
        for number in 0..<50 {
            try hub.write("briefs/generated-\(number).md", FixtureDocument.brief(
                title: "Generated brief \(number)", published: String(format: "2019-%02d-%02d", 1 + number / 28, 1 + number % 28),
                themes: ["neglect"], extra: ["committee: riverside-ppc"]))
        }
        _ = try expectSameAsScratch(hub, "first build")
        #expect(hub.exists("briefs/page/2/index.html") && !hub.exists("briefs/page/3/index.html"))
        #expect(hub.exists("themes/neglect/page/2/index.html"))
        let unchanged = rendered(try expectSameAsScratch(hub, "no change"))

        // A title on the second page of the briefs: that page renders again, the first keeps.
        let firstPage = hub.identity(of: "briefs/index.html")
        try hub.edit("briefs/generated-2.md") { $0.replacingOccurrences(of: "title: Generated brief 2\n", with: "title: Renamed brief 2\n") }
        let retitled = try expectSameAsScratch(hub, "title on a later page")
        #expect(hub.identity(of: "briefs/index.html") == firstPage)
        #expect(hub.page("briefs/page/2/index.html")?.contains("Renamed brief 2") == true)
        #expect(rendered(retitled) > unchanged && rendered(retitled) < unchanged + 12)

        // A new newest brief moves every entry along a page: the pages show other documents, and say so.
        try hub.write("briefs/newest.md", FixtureDocument.brief(title: "Newest brief", published: "2025-12-01", themes: ["neglect"]))
        _ = try expectSameAsScratch(hub, "a document added at the top of the lists")

        // Fewer than 51 briefs: the second page goes.
        for number in 0..<10 { try hub.remove("briefs/generated-\(number).md") }
        _ = try expectSameAsScratch(hub, "lists shortened to one page")
        #expect(!hub.exists("briefs/page/2/index.html"))
    }

    /// Files unchanged since the last build are found in the cache by their stamp, without being read
    /// (their bodies are read only for the pages rendered again); an edit is still seen, even one that
    /// keeps the file's size and puts its modification time back.
    @Test func filesUnchangedSinceTheLastBuildAreFoundByTheirStamp() throws {
        let hub = try IncrementalHub()
        // Stamps of files touched just before a build are not trusted: let the copied hub settle.
        Thread.sleep(forTimeInterval: 2.5)
        _ = try expectSameAsScratch(hub, "first build")
        try hub.edit("templates/layout.mustache", under: hub.theme) { $0.replacingOccurrences(of: "</main>", with: "<p>Edited</p></main>") }
        let themed = try expectSameAsScratch(hub, "every page rendered again from files not read by the load")
        #expect(themed.pagesReused == 0)

        // A new slug for a brief: the briefing that links to it is checked and rendered again, from its file read then.
        try hub.edit("briefs/young-person-m-learning-brief.md") {
            $0.replacingOccurrences(of: "title: ", with: "slug: young-person-m-brief-renamed\ntitle: ", options: [],
                                    range: $0.range(of: "title: "))
        }
        _ = try expectSameAsScratch(hub, "a linked document's new slug")

        let brief = "briefs/child-k-learning-brief.md"
        let path = hub.content.appendingPathComponent(brief).path
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        try hub.edit(brief) { $0.replacingOccurrences(of: "For several weeks, no one", with: "For several weeks, no One") }
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        _ = try expectSameAsScratch(hub, "same-size edit with its modification time put back")

        // A body edit read from its file, among documents found by their stamp (which carry no
        // front-matter text), keeps the feeds and the catalogue, which show no body.
        // (Settled files read once more, then found by their stamp.)
        Thread.sleep(forTimeInterval: 2.5)
        _ = try expectSameAsScratch(hub, "nothing changed, the brief read again as its stamp had not settled")
        _ = try expectSameAsScratch(hub, "nothing changed, every document found by its stamp")
        let extras = ["hub.json", "feed.xml", "sitemap.xml", "search/documents.json", "search/index/docs/0.json"]
        let before = extras.map { hub.identity(of: $0) }
        try hub.edit(brief) { $0.replacingOccurrences(of: "For several weeks, no One", with: "For several weeks, nobody") }
        _ = try expectSameAsScratch(hub, "a body edit among documents found by their stamp")
        #expect(extras.map { hub.identity(of: $0) } == before)
    }

    /// Edits of who a review is about and what happened, of the reviews an overview or briefing draws on,
    /// of a committee's kind and of the hub's scope: each gives the site a build from scratch gives.
    @Test func publicProtectionEditsGiveTheSameSiteAsABuildFromScratch() throws {
        let hub = try IncrementalHub()
        _ = try expectSameAsScratch(hub, "first build")
        let sir = "reviews/person-d-serious-incident-review.md"
        try hub.edit(sir) { $0.replacingOccurrences(of: "incident: serious-violence", with: "incident: sexual-offence") }
        let incident = try expectSameAsScratch(hub, "incident edit")
        let page = try #require(String(data: hub.outputFiles()["reviews/person-d-serious-incident-review/index.html"] ?? Data(), encoding: .utf8))
        #expect(page.contains("a sexual offence committed by a person under supervision"))
        #expect(rendered(incident) < incident.pageCount)
        try hub.edit("reviews/thematic-review-neglect-of-adolescents.md") {
            $0.replacingOccurrences(of: "subject: young-person", with: "subject: family")
        }
        _ = try expectSameAsScratch(hub, "subject edit")
        // The overview no longer draws on the domestic homicide review, whose page loses its link back.
        try hub.edit("reviews/thematic-overview-adult-reviews.md") {
            $0.replacingOccurrences(of: "  - ms-f-domestic-homicide-review\n", with: "")
        }
        _ = try expectSameAsScratch(hub, "review list edit")
        try hub.edit("briefs/adult-e-learning-brief.md") {
            $0.replacingOccurrences(of: "review: adult-e-safeguarding-adults-review",
                                    with: "review: [adult-e-safeguarding-adults-review, thematic-overview-adult-reviews]")
        }
        _ = try expectSameAsScratch(hub, "a single review made a list")
        try hub.edit("hub.yaml") { $0.replacingOccurrences(of: "kind: community-safety", with: "kind: safeguarding-partnership") }
        _ = try expectSameAsScratch(hub, "committee kind edit")
    }

    @Test func theDateMovingOnPublishesAnEmbargoedBriefing() throws {
        let hub = try IncrementalHub()
        _ = try expectSameAsScratch(hub, "before the embargo ends")
        #expect(!hub.outputFiles().keys.contains { $0.contains("domestic-abuse-coercive-control") })
        hub.today = CalendarDate(year: 2030, month: 1, day: 2)!
        _ = try expectSameAsScratch(hub, "after the embargo ends")
        #expect(hub.outputFiles().keys.contains { $0.contains("domestic-abuse-coercive-control") })
    }

    @Test func aNewDenylistIsCheckedAgainstDocumentsFromTheCache() throws {
        let hub = try IncrementalHub()
        #expect(hub.buildIncrementally().succeeded)
        let report = SiteBuilder(options: BuildOptions(
            contentDirectory: hub.content.path, themeDirectory: hub.theme.path, outputDirectory: hub.output.path,
            load: LoadOptions(today: hub.today, denylist: Denylist(names: ["North Shire"])), cacheDirectory: hub.cache.path)).build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.location.path.hasSuffix("child-k-learning-brief.md") && $0.message.contains("North Shire") })
    }

    @Test func aHandEditedOutputFileIsWrittenAgain() throws {
        let hub = try IncrementalHub()
        _ = hub.buildIncrementally()
        let page = hub.output.appendingPathComponent("briefs/child-k-learning-brief/index.html")
        try Data("tampered".utf8).write(to: page)
        _ = try expectSameAsScratch(hub, "after a hand edit of the output")
    }

    @Test func filesAddedToTheOutputByHandAreRemoved() throws {
        let hub = try IncrementalHub()
        _ = hub.buildIncrementally()
        let manager = FileManager.default
        try Data("stray".utf8).write(to: hub.output.appendingPathComponent("stray.html"))
        try Data("stray".utf8).write(to: hub.output.appendingPathComponent("themes/neglect/notes.txt"))
        try manager.createDirectory(at: hub.output.appendingPathComponent("extra/deeper"), withIntermediateDirectories: true)
        try Data("stray".utf8).write(to: hub.output.appendingPathComponent("extra/deeper/page.html"))
        _ = try expectSameAsScratch(hub, "after files were added by hand")
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let hub = try IncrementalHub()
        _ = hub.buildIncrementally()
        let entries = try FileManager.default.subpathsOfDirectory(atPath: hub.cache.path)
        #expect(entries.count > 16)
        for entry in entries {
            let url = hub.cache.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let data = try Data(contentsOf: url)
            try data.prefix(data.count / 2).write(to: url)
        }
        _ = try expectSameAsScratch(hub, "after the cache was cut short")
    }

    @Test func aBuildWithErrorsKeepsTheCacheUsable() throws {
        let hub = try IncrementalHub()
        _ = hub.buildIncrementally()
        let brief = "briefs/child-k-learning-brief.md"
        try hub.edit(brief) { $0.replacingOccurrences(of: "../reviews/child-k-initial-case-review.md", with: "../reviews/no-such-review.md") }
        let failed = hub.buildIncrementally()
        #expect(!failed.succeeded)
        #expect(failed.diagnostics.contains { $0.message.contains("broken link") })
        try hub.edit(brief) { $0.replacingOccurrences(of: "../reviews/no-such-review.md", with: "../reviews/child-k-initial-case-review.md") }
        _ = try expectSameAsScratch(hub, "after the error was fixed")
    }
}

/// An incremental build that fails while writing leaves the previous output as it was.
@Suite struct IncrementalFailureTests {
    @Test func aCacheInsideTheOutputFolderIsRefused() throws {
        let hub = try IncrementalHub()
        for cache in [hub.output.appendingPathComponent(".hub-cache"), hub.output, hub.root] {
            let report = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, themeDirectory: hub.theme.path,
                                                           outputDirectory: hub.output.path, load: LoadOptions(today: hub.today),
                                                           cacheDirectory: cache.path)).build()
            #expect(!report.succeeded)
            #expect(report.diagnostics.first?.message.contains("overlap") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: hub.output.path))
    }

    /// The pages, the search index and the feeds are written side by side: a failure in any of them
    /// stops the build, and the others finish before the staged files are put back.
    @Test(arguments: ["search/", "briefs/", "feed.xml"])
    func aFailureMidwayThroughAnIncrementalBuildChangesNothing(failingPrefix: String) throws {
        let hub = try IncrementalHub()
        #expect(hub.buildIncrementally().succeeded)
        let before = hub.outputFiles()
        try hub.edit("briefs/child-k-learning-brief.md") {
            $0.replacingOccurrences(of: "For several weeks, no one", with: "For several weeks, nobody")
        }
        try hub.edit("reviews/child-a-learning-review.md") {
            $0.replacingOccurrences(of: "title: ", with: "title: Revised ", options: [], range: $0.range(of: "title: "))
        }
        var builder = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, themeDirectory: hub.theme.path,
                                                        outputDirectory: hub.output.path, load: LoadOptions(today: hub.today),
                                                        cacheDirectory: hub.cache.path))
        builder.beforeWrite = { path in
            if path.hasPrefix(failingPrefix) { throw CocoaError(.fileWriteOutOfSpace) }
        }
        #expect(!builder.build().succeeded)
        #expect(hub.outputFiles() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: hub.root.path).filter { $0.contains(".building-") }
        #expect(leftovers.isEmpty)
    }
}

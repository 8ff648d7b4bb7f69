import Foundation
import HubModel
import HubSite
import Testing
import HubTestSupport

/// The sample hub in `content/`, child and adult learning side by side: it builds with no warnings,
/// every review's warning and facts fit who it is about, and the glance tables hold the counts made here
/// from the front matter of its files.
@Suite struct SampleHubTests {
    final class SampleHub: FixtureHub, @unchecked Sendable {
        init() throws {
            try super.init(hubYAML: nil)
            try copySampleContent()
        }
    }

    /// Built once for the suite's tests.
    static let built: (hub: SampleHub, report: BuildReport) = {
        let hub = try! SampleHub()
        return (hub, hub.build())
    }()

    static var hub: SampleHub { built.hub }

    @Test func buildsWithNoWarnings() {
        #expect(Self.built.report.succeeded)
        #expect(Self.built.report.diagnostics.isEmpty, "\(Self.built.report.diagnostics)")
    }

    /// The text of a page's content warning, without markup.
    static func warning(_ page: String) -> String? {
        guard let start = page.range(of: "<div class=\"content-warning\""),
              let end = page.range(of: "</div>", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.upperBound..<end.lowerBound]).replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
    }

    @Test func noPageAboutAnAdultSaysChildInItsWarning() throws {
        let reviews = try SampleHubFrontMatter.reviews(in: Self.hub.content)
        #expect(reviews.contains { $0.subject == "adult" } && reviews.contains { $0.subject == "child" })
        for review in reviews {
            let page = try #require(Self.hub.page("reviews/\(review.slug)/index.html"))
            let warning = try #require(Self.warning(page), "\(review.slug) has a content warning")
            switch review.subject {
            case "adult":
                #expect(!warning.lowercased().contains("child"), "\(review.slug): \(warning)")
                #expect(warning.contains("adult") || warning.contains("person") || warning.contains("people"), "\(review.slug): \(warning)")
            case "young-person":
                #expect(!warning.lowercased().contains("child") && warning.contains("young"), "\(review.slug): \(warning)")
            default:
                #expect(warning.contains("child"), "\(review.slug): \(warning)")
            }
            let subject = ["adult": "Adult", "child": "Child", "young-person": "Young person", "family": "Family"][review.subject]!
            #expect(page.contains("<dt>Subject</dt><dd>\(subject)</dd>"), "\(review.slug) states its subject")
        }
    }

    @Test func eachReviewsWarningSaysWhatHappened() throws {
        let expected = [
            "person-d-serious-incident-review": "this review describes serious violence towards others by a person under supervision",
            "adult-e-safeguarding-adults-review": "this review describes the death of an adult",
            "ms-f-domestic-homicide-review": "this review describes the death of an adult",
            "thematic-overview-adult-reviews": "this review may describe distressing experiences of adults",
            "baby-j-significant-case-review": "this review describes the death of a child",
            "thematic-review-neglect-of-adolescents": "this review describes serious harm to young people",
        ]
        for (slug, text) in expected {
            let page = try #require(Self.hub.page("reviews/\(slug)/index.html"))
            let warning = try #require(Self.warning(page))
            #expect(warning.contains("Content warning: \(text). Take care when reading it."), "\(slug): \(warning)")
        }
        let feed = try #require(Self.hub.page("feed.xml"))
        #expect(feed.contains("<summary type=\"text\">This review describes the death of an adult. Ms F, a mother of two"))
    }

    @Test func reviewTypePagesSayWhatEachTypeIsAndWhereItIsUsed() throws {
        for (type, nation) in [("sir", "Scotland"), ("sar", "England"), ("dhr", "England and Wales"), ("cspr", "England"),
                               ("learning-review", "Scotland"), ("thematic", "all four nations of the UK")] {
            let page = try #require(Self.hub.page("review-types/\(type)/index.html"))
            let lede = try #require(page.components(separatedBy: "<p class=\"lede\">").dropFirst().first?.components(separatedBy: "</p>").first)
            #expect(lede.contains("Used in \(nation)."), "\(type): \(lede)")
            // One sentence on what the type is, before the nation.
            let sentence = try #require(lede.components(separatedBy: " Used in ").first)
            #expect(sentence.hasSuffix(".") && sentence.count > 60 && !sentence.dropLast().contains(". "), "\(type): \(sentence)")
        }
        let sar = try #require(Self.hub.page("review-types/sar/index.html"))
        #expect(sar.contains("Care Act 2014"))
        let index = try #require(Self.hub.page("review-types/index.html"))
        #expect(index.contains("Used in England and Wales."))
    }

    @Test func theOverviewAndTheReviewsItDrawsOnLinkEachOther() throws {
        let overview = try #require(Self.hub.page("reviews/thematic-overview-adult-reviews/index.html"))
        #expect(overview.contains("The reviews this report draws on"))
        for slug in ["person-d-serious-incident-review", "adult-e-safeguarding-adults-review", "ms-f-domestic-homicide-review"] {
            #expect(overview.contains("href=\"../../reviews/\(slug)/\""))
            let review = try #require(Self.hub.page("reviews/\(slug)/index.html"))
            let derived = try #require(review.components(separatedBy: "id=\"derived-heading\"").dropFirst().first?
                .components(separatedBy: "</section>").first)
            #expect(derived.contains("href=\"../../reviews/thematic-overview-adult-reviews/\""), "\(slug) links back")
        }
        let briefing = try #require(Self.hub.page("briefings/managing-risk-to-others-seven-minute-briefing/index.html"))
        #expect(briefing.contains("The reviews this learning comes from"))
        let msF = try #require(Self.hub.page("reviews/ms-f-domestic-homicide-review/index.html"))
        #expect(msF.contains("href=\"../../briefings/managing-risk-to-others-seven-minute-briefing/\""))
    }

    @Test func theHomePageAndCommitteesSpeakOfChildrenAndAdults() throws {
        let home = try #require(Self.hub.page("index.html"))
        #expect(home.contains("Learning from case reviews about children, young people and adults."))
        let committee = try #require(Self.hub.page("committees/north-shire-apc/index.html"))
        #expect(committee.contains("North Shire Adult Protection Committee is an adult protection committee."))
        let committees = try #require(Self.hub.page("committees/index.html"))
        #expect(committees.contains("Safeguarding board, Coastlands"))
    }

    /// The rows of the glance table with this caption: row header to cells, and the column headings.
    static func table(_ caption: String, in page: String) throws -> (columns: [String], rows: [String: [String]]) {
        let start = try #require(page.range(of: "\">\(caption)</caption>"))
        let end = try #require(page.range(of: "</table>", range: start.upperBound..<page.endIndex))
        let html = String(page[start.upperBound..<end.lowerBound])
        /// The text of each cell opened by `opening` (`<th ` or `<td>`).
        func cells(_ text: String, _ opening: String) -> [String] {
            text.components(separatedBy: opening).dropFirst().map { cell in
                String(cell.drop { opening == "<td>" ? false : $0 != ">" }.dropFirst(opening == "<td>" ? 0 : 1).prefix { $0 != "<" })
            }
        }
        let head = try #require(html.components(separatedBy: "</thead>").first)
        let columns = Array(cells(head, "<th ").dropFirst())
        var rows: [String: [String]] = [:]
        for row in html.components(separatedBy: "<tr>").dropFirst() where row.contains("scope=\"row\"") {
            rows[cells(row, "<th ")[0]] = cells(row, "<td>")
        }
        return (columns, rows)
    }

    /// Counts by row and column, with each row's total and a totals row, as the glance tables print them.
    static func expectTable(_ table: (columns: [String], rows: [String: [String]]), counts: [String: [String: Int]],
                            totalsRow: String, _ what: String) {
        var columnTotals: [String: Int] = [:]
        for (row, byColumn) in counts {
            let cells = table.rows[row] ?? []
            #expect(cells.count == table.columns.count, "\(what): row \(row)")
            for (column, cell) in zip(table.columns, cells) {
                let expected = column == "Total" ? byColumn.values.reduce(0, +) : byColumn[column, default: 0]
                #expect(cell == String(expected), "\(what): \(row), \(column)")
                columnTotals[column, default: 0] += expected
            }
        }
        #expect(Set(table.rows.keys) == Set(counts.keys).union([totalsRow]), "\(what): rows")
        #expect(table.rows[totalsRow] == table.columns.map { String(columnTotals[$0, default: 0]) }, "\(what): totals")
    }

    @Test func theGlanceTablesMatchCountsOfTheFrontMatter() throws {
        let page = try #require(Self.hub.page("glance/index.html"))
        let reviews = try SampleHubFrontMatter.reviews(in: Self.hub.content)
        let subjects = ["child": "Child", "young-person": "Young person", "adult": "Adult", "family": "Family"]
        let outcomes = ["death": "Death", "serious-harm": "Serious harm", "harm-to-others": "Serious harm caused to others",
                        "death-or-serious-harm": "Death or serious harm"]
        let bands = ["under-1": "Under 1 year", "1-2": "1 to 2 years", "3-4": "3 to 4 years", "5-10": "5 to 10 years",
                     "11-17": "11 to 17 years", "18-25": "18 to 25 years", "26-64": "26 to 64 years", "65-and-over": "65 years and over"]
        var bySubject: [String: [String: Int]] = [:], byAge: [String: [String: Int]] = [:], byCommittee: [String: [String: Int]] = [:]
        let names = Dictionary(uniqueKeysWithValues: try SampleHubFrontMatter.committeeNames(in: Self.hub.content).map { ($0.id, $0.name) })
        for name in names.values { byCommittee[name] = [:] }
        for review in reviews {
            let subject = try #require(subjects[review.subject], "\(review.slug)")
            bySubject[subject, default: [:]][review.fields["outcome"].flatMap { outcomes[$0] } ?? "Not recorded", default: 0] += 1
            byAge[review.fields["age_band"].flatMap { bands[$0] } ?? "Not recorded", default: [:]][subject, default: 0] += 1
            let year = String(try #require(review.fields["published"]).prefix(4))
            byCommittee[try #require(names[review.fields["committee"] ?? ""]), default: [:]][year, default: 0] += 1
        }
        #expect(reviews.count >= 9 && bySubject.keys.contains("Adult") && bySubject.keys.contains("Child"))
        Self.expectTable(try Self.table("Reviews by subject and outcome", in: page), counts: bySubject, totalsRow: "All subjects", "subject")
        Self.expectTable(try Self.table("Reviews by age band and subject", in: page), counts: byAge, totalsRow: "All ages", "age")
        Self.expectTable(try Self.table("Reviews by committee and year", in: page), counts: byCommittee, totalsRow: "All committees",
                         "committee")
        #expect(page.contains("of learning about children, young people and adults"))
    }

    @Test func checkReportsASubjectThatContradictsTheTypeOrTheAgeBandAtItsLine() throws {
        let hub = try SampleHub()
        let sar = "reviews/adult-e-safeguarding-adults-review.md"
        try hub.edit(sar) { $0.replacingOccurrences(of: "review_type: sar\n", with: "review_type: sar\nsubject: child\n") }
        let dhr = "reviews/ms-f-domestic-homicide-review.md"
        try hub.edit(dhr) { $0.replacingOccurrences(of: "age_band: 26-64", with: "age_band: 5-10") }
        let learning = "reviews/child-a-learning-review.md"
        try hub.edit(learning) { $0.replacingOccurrences(of: "subject: child", with: "subject: adult") }
        let result = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, themeDirectory: Repository.defaultTheme.path,
                                                       outputDirectory: hub.output.path, load: LoadOptions(today: FixtureHub.today))).check()
        #expect(result.hub == nil)
        #expect(result.diagnostics.map(\.description) == [
            "\(hub.path(learning)):12:10: error: subject 'adult' contradicts age_band '3-4'\n"
                + "    hint: an adult is 18 or over (age band 18-25, 26-64 or 65-and-over); correct 'age_band', or write 'subject: child' or 'subject: family'",
            "\(hub.path(sar)):12:10: error: subject 'child' contradicts review_type 'sar': a safeguarding adults review is about an adult\n"
                + "    hint: write 'subject: adult' or 'subject: young-person', remove 'subject' (the review type then settles it), or correct 'review_type'",
            "\(hub.path(dhr)):12:11: warning: age_band '5-10' contradicts review_type 'dhr': a domestic homicide review is about an adult\n"
                + "    hint: an adult is 18 or over (age band 18-25, 26-64 or 65-and-over); the review may be about a young person of 16 or 17 (age band 11-17, 'subject: young-person'); correct 'age_band' or 'review_type'",
        ].sorted())
    }
}

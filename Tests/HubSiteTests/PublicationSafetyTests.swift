import HubAnonymisation
import Foundation
import HubModel
import HubSite
import Testing
import HubTestSupport

/// A fixture hub full of planted identifiers, embargoed and withdrawn documents: every one is caught.
@Suite struct PublicationSafetyTests {
    /// One planted identifier of each kind, with the line it is on in the brief's file.
    static let planted: [(kind: String, text: String, line: Int)] = [
        ("email address", "duty.team@northshire.example.org", 12),
        ("phone number", "0141 496 0018", 13),
        ("phone number", "07700 900461", 14),
        ("postcode", "G12 8QQ", 15),
        ("NHS number", "943 476 5919", 16),
        ("CHI number", "0101201234", 17),
        ("National Insurance number", "QQ 12 34 56 C", 18),
        ("date of birth", "14 February 2016", 19),
        ("named school, nursery, practice or hospital", "Hillview Primary School", 20),
        ("named school, nursery, practice or hospital", "Riverside Medical Practice", 21),
    ]

    static let plantedBrief = """
        ---
        title: "Learning brief with planted identifiers"
        summary: "Contact the author on 0131 496 0777 for the full report."
        published: 2024-04-01
        themes: [neglect]
        anonymised: true
        ---

        ## Identifiers that must never be published

        These lines each carry one identifier.
        Write to duty.team@northshire.example.org with concerns.
        The family's landline was 0141 496 0018 at the time.
        Mother's mobile was 07700 900461 according to the records.
        The flat was at G12 8QQ in the east of the town.
        The child's NHS number 943 476 5919 appeared on the referral.
        A CHI of 0101201234 was quoted in the health chronology.
        The father's NI number QQ 12 34 56 C was on the benefits form.
        Child C was born on 14 February 2016 in the acute hospital.
        Child C attended Hillview Primary School until the move.
        The family were registered with Riverside Medical Practice.
        The name Jordan Example is on the private denylist.
        """

    @Test func everyPlantedIdentifierIsAnErrorAtItsLineWithItsText() throws {
        var files = TestShire.standardFiles
        files["briefs/planted.md"] = Self.plantedBrief
        let hub = try FixtureHub.testShire(files)
        let report = SiteBuilder(options: BuildOptions(
            contentDirectory: hub.content.path, themeDirectory: Repository.defaultTheme.path, outputDirectory: hub.output.path,
            load: LoadOptions(today: FixtureHub.today, denylist: Denylist(names: ["Jordan Example"])))).build()
        #expect(!report.succeeded)
        #expect(!hub.exists("index.html"), "nothing is written")
        let findings = report.diagnostics.filter { $0.message.contains("could identify someone") }
        for item in Self.planted {
            #expect(findings.contains { $0.location.line == item.line && $0.message.contains("\"\(item.text)\"") && $0.message.contains(item.kind) },
                    "\(item.kind) \(item.text) at line \(item.line) not reported: \(findings)")
        }
        // The front matter is checked too: the summary's phone number, on line 3.
        #expect(findings.contains { $0.location.line == 3 && $0.message.contains("0131 496 0777") })
        #expect(findings.contains { $0.location.line == 22 && $0.message.contains("\"Jordan Example\"") && $0.message.contains("denylist") })
        #expect(findings.count == Self.planted.count + 2, "\(findings.map(\.description))")
        #expect(findings.allSatisfy { $0.severity == .error && $0.location.path.hasSuffix("briefs/planted.md") })
    }

    @Test func anAcknowledgedFindingIsPublishedAndOnlyThatOne() throws {
        var files = TestShire.standardFiles
        files["briefs/helpline.md"] = TestShire.brief(
            title: "Helplines", extra: "acknowledge:\n  - text: \"0808 800 5000\"\n    reason: the national helpline for adults worried about a child",
            body: "Call 0808 800 5000 for advice. The worker's number was 0141 496 0018.\n")
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        let findings = report.diagnostics.filter { $0.message.contains("could identify someone") }
        #expect(findings.map(\.message) == ["this looks like a phone number, which could identify someone: \"0141 496 0018\""])
        // An acknowledgement needs a reason.
        try hub.write("briefs/helpline.md", TestShire.brief(title: "Helplines", extra: "acknowledge:\n  - text: \"0808 800 5000\"",
                                                            body: "Call 0808 800 5000 for advice.\n"))
        let second = hub.build()
        #expect(second.diagnostics.contains { $0.message == "missing required field 'reason'" })
        try hub.write("briefs/helpline.md", TestShire.brief(
            title: "Helplines", extra: "acknowledge:\n  - text: \"0808 800 5000\"\n    reason: national helpline",
            body: "Call 0808 800 5000 for advice.\n"))
        #expect(hub.build().succeeded)
        #expect(hub.page("briefs/helpline/index.html")?.contains("0808 800 5000") == true)
    }

    @Test func draftsAreNotCheckedAsPublishedButPreviewsWarn() throws {
        var files = TestShire.standardFiles
        files["briefs/planted.md"] = Self.plantedBrief.replacingOccurrences(of: "anonymised: true", with: "anonymised: true\ndraft: true")
        let hub = try FixtureHub.testShire(files)
        #expect(hub.build().succeeded)
        let preview = hub.build(drafts: true)
        #expect(preview.succeeded)
        #expect(preview.diagnostics.filter { $0.severity == .warning && $0.message.contains("could identify someone") }.count == 11)
    }

    @Test func embargoedAndWithdrawnDocumentsLeaveNoTraceOfTheirText() throws {
        var files = TestShire.standardFiles
        files["briefs/embargoed.md"] = TestShire.brief(title: "Numbat embargoed brief", extra: "publish_after: 2025-06-02",
                                                       body: "Numbat text under embargo.\n")
        files["reviews/withdrawn.md"] = TestShire.review(title: "Withdrawn review of Child W",
                                                         extra: "retain_until: 2025-05-31\nreport: assets/withdrawn.pdf",
                                                         body: "## Findings\n\nPangolin text that was withdrawn. See [the chronology](../assets/chronology.pdf).\n")
        let hub = try FixtureHub.testShire(files)
        try hub.write("assets/withdrawn.pdf", MinimalPDF(pages: [["Withdrawn report."]]).data)
        try hub.write("assets/chronology.pdf", MinimalPDF(pages: [["Chronology."]]).data)
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        var recordSeen = false
        for (path, data) in hub.snapshot() {
            let text = path.hasSuffix(".gz") ? "" : String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Numbat"), "embargoed text in \(path)")
            #expect(!text.contains("Pangolin"), "withdrawn text in \(path)")
            if text.contains("Withdrawn review of Child W") { recordSeen = true }
        }
        #expect(recordSeen, "the withdrawn review's record stays")
        #expect(!hub.exists("briefs/embargoed/index.html"))
        #expect(hub.page("reviews/withdrawn/index.html")?.contains("available on request") == true)
        #expect(!hub.exists("assets/withdrawn.pdf") && !hub.exists("assets/chronology.pdf"))
        // No compressed search text holds the withdrawn or embargoed words either (gzip reads every member of a file).
        let snapshot = hub.snapshot()
        for (path, _) in snapshot where path.hasSuffix(".txt.gz") {
            let text = try SystemGzip.decompress(Data(contentsOf: hub.output.appendingPathComponent(path)))
            #expect(!text.contains("Pangolin") && !text.contains("Numbat"), "\(path)")
        }
        let summaries = snapshot.filter { $0.key.hasPrefix("search/index/docs/") && $0.key.hasSuffix(".json") }
            .flatMap { (try? JSONSerialization.jsonObject(with: $0.value) as? [[String: Any]]) ?? [] }
        #expect(summaries.filter { $0["text"] != nil }.count == 5, "one text per published document that has one")
    }

    @Test func aLinkToAnEmbargoedDocumentFromAPublishedOneIsAnError() throws {
        var files = TestShire.standardFiles
        files["briefs/embargoed.md"] = TestShire.brief(title: "Embargoed", extra: "publish_after: 2030-01-01")
        files["briefs/linker.md"] = TestShire.brief(title: "Linker", body: "See [the embargoed brief](embargoed.md).\n")
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(report.diagnostics.contains {
            $0.severity == .error && $0.location.path.hasSuffix("briefs/linker.md") && $0.location.line == 12
                && $0.message.contains("embargoed until 2030-01-01")
        }, "\(report.diagnostics)")
    }
}

import Foundation
import HubModel
import HubSite
import HubTestSupport
import Testing

/// Every channel of a document that reaches the site is checked: file names, slugs, link and image
/// addresses (queries and fragments too), the report's path, every front-matter field at any depth and
/// `hub.yaml`; `acknowledge:` works for each, and a placeholder reason is an error.
@Suite struct AnonymisationChannelsTests {
    private static func findings(_ report: BuildReport) -> [Diagnostic] {
        report.diagnostics.filter { $0.message.contains("could identify someone") }
    }

    private static func build(_ changes: [String: String], hubYAML: String? = nil) throws -> (FixtureHub, BuildReport) {
        var files = TestShire.standardFiles
        for (path, text) in changes { files[path] = text }
        let hub = try FixtureHub(hubYAML: hubYAML ?? HubYAML.testShire.text, files: files)
        try hub.write("assets/park.png", Data([0x89, 0x50, 0x4E, 0x47]))
        return (hub, hub.build())
    }

    @Test func aFileNameWithANameIsAnErrorAndNothingIsWritten() throws {
        let (hub, report) = try Self.build(["briefs/jayden-smith-brief.md": TestShire.brief(title: "A brief")])
        #expect(!report.succeeded)
        #expect(!hub.exists("index.html"))
        let found = Self.findings(report)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(path: hub.path("briefs/jayden-smith-brief.md"), line: 1, column: 1))
        #expect(found.first?.message.contains("in its file name") == true)
        #expect(found.first?.message.contains("\"jayden-smith") == true, "\(found)")
    }

    @Test func anExplicitSlugIsChecked() throws {
        let (hub, report) = try Self.build(["briefs/b.md": TestShire.brief(extra: "slug: brief-for-chloe-hart")])
        let found = Self.findings(report)
        #expect(found.map(\.location) == [SourceLocation(path: hub.path("briefs/b.md"), line: 9, column: 17)])
        #expect(found.first?.message.contains("slug") == true)
    }

    @Test func linkAndImageAddressesAreCheckedWithTheirQueriesAndFragments() throws {
        let body = """
            ## What happened

            See [the map](https://maps.example.org/?q=EH1+1AA&z=3) and [the notes](https://example.org/notes#tel-07700900123).
            ![A chart](../assets/park.png?owner=jayden-smith)
            """
        let (hub, report) = try Self.build(["briefs/child-a-brief.md": TestShire.brief(body: body + "\n")])
        let found = Self.findings(report).map { ($0.location.line, $0.location.column, $0.message) }
        let path = hub.path("briefs/child-a-brief.md")
        #expect(Self.findings(report).allSatisfy { $0.location.path == path })
        #expect(found.contains { $0.0 == 14 && $0.1 == 43 && $0.2.contains("a postcode in a link's address") && $0.2.contains("EH1+1AA") },
                "\(found)")
        #expect(found.contains { $0.0 == 14 && $0.2.contains("a phone number") && $0.2.contains("07700900123") })
        #expect(found.contains { $0.0 == 15 && $0.2.contains("a person's name in an image's address") && $0.2.contains("\"jayden-smith") }, "\(found)")
    }

    @Test func theReportsPathAndEveryFrontMatterFieldAtAnyDepthAreChecked() throws {
        let review = TestShire.review(extra: """
            report: assets/report-about-jayden-smith.pdf
            recommendations_note: "See R3, owned by Mrs Adeyemi"
            """).replacingOccurrences(of: "owner: \"Health and Social Care Partnership\"", with: "owner: \"Karen Platt, Head of Service\"")
        let (hub, report) = try Self.build(["reviews/child-a.md": review])
        try? hub.write("assets/report-about-jayden-smith.pdf", MinimalPDF(pages: [["A report."]]).data)
        let found = Self.findings(report)
        #expect(found.contains { $0.message.contains("the report's file name") && $0.message.contains("jayden-smith") }, "\(found)")
        #expect(found.contains { $0.message.contains("\"Karen Platt\"") }, "a recommendation's owner, two levels down")
        #expect(found.contains { $0.message.contains("\"Adeyemi\"") }, "an unknown field")
    }

    @Test func hubYAMLIsChecked() throws {
        var yaml = HubYAML.testShire
        yaml.description = "Contact Pauline Cochrane on 01506 282252"
        let (hub, report) = try Self.build([:], hubYAML: yaml.text)
        let found = Self.findings(report)
        #expect(found.map(\.location) == [SourceLocation(path: hub.path("hub.yaml"), line: 2, column: 22),
                                           SourceLocation(path: hub.path("hub.yaml"), line: 2, column: 42)])
    }

    @Test func acknowledgementsWorkForEveryChannel() throws {
        var yaml = HubYAML.testShire
        yaml.description = "Call the committee's office on 0131 496 0999"
        let hubText = yaml.text + "acknowledge:\n  - text: \"0131 496 0999\"\n    reason: the committee's public office line\n"
        let brief = TestShire.brief(extra: """
            slug: brief-for-chloe-hart
            acknowledge:
              - text: "chloe-hart"
                reason: Chloe Hart is the author's pen name, published with her consent
              - text: "Brandon"
                reason: a cited author
              - text: "EH1+1AA"
                reason: the committee's office, a public building
            """, body: "## What happened\n\nAs Brandon et al. (2020) found; see [the office](https://maps.example.org/?q=EH1+1AA).\n")
        let (_, report) = try Self.build(["briefs/child-a-brief.md": brief], hubYAML: hubText)
        #expect(Self.findings(report).isEmpty, "\(Self.findings(report))")
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(!report.diagnostics.contains { $0.message.contains("matches nothing") }, "\(report.diagnostics)")
    }

    @Test(arguments: ["...", "TODO", "\"\"", "tbc", "n/a"])
    func aPlaceholderReasonIsAnError(reason: String) throws {
        let brief = TestShire.brief(extra: "acknowledge:\n  - text: \"0131 496 0999\"\n    reason: \(reason)",
                                    body: "## What happened\n\nCall the office on 0131 496 0999.\n")
        let (hub, report) = try Self.build(["briefs/child-a-brief.md": brief])
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.severity == .error && $0.location.path == hub.path("briefs/child-a-brief.md")
            && ($0.message.contains("placeholder") || $0.message.contains("'reason' is empty")) }, "\(report.diagnostics)")
    }

    @Test func pseudonymsInADocumentAndHubWideAreNotNames() throws {
        let body = "## What happened\n\nThen Ellie told her teacher; Sam, her brother, agreed. Later Kai said so too.\n"
        let (_, flagged) = try Self.build(["briefs/child-a-brief.md": TestShire.brief(body: body)])
        #expect(Self.findings(flagged).map { $0.message.contains("Ellie") || $0.message.contains("Sam") || $0.message.contains("Kai") }
            .count == 3)
        let hubText = HubYAML.testShire.text + "pseudonyms: [Kai]\n"
        let (_, report) = try Self.build(["briefs/child-a-brief.md": TestShire.brief(extra: "pseudonyms: [Ellie, Sam]", body: body)],
                                         hubYAML: hubText)
        #expect(report.succeeded, "\(report.diagnostics)")
    }
}

import Foundation
import HubImport
import HubModel
import HubSite
import HubTestSupport
import Testing

/// Word reports made in the test, imported into a real hub; the Markdown written is checked.
struct WordImportTests {
    static func importer(_ hub: FixtureHub, as kind: DocumentKind = .review) throws -> DocumentImporter {
        var log = DiagnosticLog()
        let config = try #require(HubFolder(path: hub.content.path).readConfig(log: &log))
        return DocumentImporter(contentDirectory: hub.content.path, kind: kind, config: config,
                                date: CalendarDate(year: 2025, month: 5, day: 1)!)
    }

    @Test func aWordReportBecomesADraftWithItsStructureAndWithoutWhatWordHides() throws {
        let hub = try FixtureHub.testShire()
        let docx = try WordFixture.make(in: hub.root.path)
        let result = try Self.importer(hub).importFile(docx)
        #expect(result.title == "Learning review of Child W")
        #expect(result.documentPath == hub.path("reviews/learning-review-of-child-w.md"))
        let text = try String(contentsOfFile: result.documentPath, encoding: .utf8)

        // Front matter as `new` writes it: a draft, not attested, the title from the Title paragraph.
        #expect(text.hasPrefix("---\n# The title readers see, in plain text.\ntitle: \"Learning review of Child W\"\n"))
        #expect(text.contains("\ndraft: true\n") && text.contains("\nanonymised: false\n") && text.contains("\nreview_type: learning-review\n"))
        // Headings (the top one '##'), lists, the table, the footnote, the link.
        for line in ["## Introduction", "### Findings", "-   First learning point", "1.  Number one", "| Health | Health visiting |",
                     "[^1]: A note at the foot of the page.", "[the guidance](https://www.example.org/guidance)"] {
            #expect(text.contains(line), "missing: \(line)\n\(text)")
        }
        // Tracked changes accepted: the insertion kept, the deletion gone; the comment and every property gone.
        #expect(text.contains("The panel met four times during the review."))
        for hidden in ["Oakfield", "Cedric", "Commenter", "Tobias", "Secretname", "Priya", "Propertyname", "Morgan", "Modifier",
                       "Kellerman", "Alex Authorname", "Properties title", "Rhiannon"] {
            #expect(!text.contains(hidden), "\(hidden) reached the Markdown")
        }
        // The picture: under assets/, linked, its text chunk (a photographer's name) stripped.
        let picture = hub.path("assets/learning-review-of-child-w/figure-1.png")
        #expect(result.assetPaths == [picture])
        #expect(text.contains("![A chart of referrals](../assets/learning-review-of-child-w/figure-1.png)"))
        let bytes = try #require(FileManager.default.contents(atPath: picture))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(String(decoding: bytes, as: UTF8.self).contains("Fotheringay") == false)
        #expect(ImageMetadataStripper.strip([UInt8](bytes))?.bytes == [UInt8](bytes))

        // The identifier check ran on the new file at once, located in it.
        let finding = try #require(result.diagnostics.first { $0.message.contains("jo.bloggs@example.com") })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[finding.location.line - 1].contains("jo.bloggs@example.com"))
        #expect(finding.location.path == result.documentPath && finding.severity == .warning)

        // The hub, the draft in it, checks without an error.
        let check = SiteBuilder(options: BuildOptions(contentDirectory: hub.content.path, load: LoadOptions())).check()
        #expect(!check.diagnostics.contains { $0.severity == .error }, "\(check.diagnostics)")
        #expect(check.draftCount == 1)
    }

    @Test func anOpenDocumentTextIsImportedWithItsChangesAcceptedAndItsCommentDropped() throws {
        let hub = try FixtureHub.testShire()
        let result = try Self.importer(hub, as: .brief).importFile(try WordFixture.makeOpenDocument(in: hub.root.path))
        let text = try String(contentsOfFile: result.documentPath, encoding: .utf8)
        #expect(result.documentPath == hub.path("briefs/summary.md"), "the first heading is the title where pandoc reads no Title paragraph")
        #expect(text.contains("The panel met four times during the review.") && text.contains("-   A point"))
        for hidden in ["Oakfield", "Cedric", "Tobias", "Rhiannon"] { #expect(!text.contains(hidden), "\(hidden) reached the Markdown") }
    }

    @Test func anImportNeverReplacesAFileAndWritesNothingItCannotRead() throws {
        let hub = try FixtureHub.testShire()
        let docx = try WordFixture.make(in: hub.root.path)
        let importer = try Self.importer(hub)
        let first = try importer.importFile(docx)
        try Data("my edits\n".utf8).write(to: URL(fileURLWithPath: first.documentPath))
        let again = #expect(throws: ImportError.self) { try importer.importFile(docx) }
        #expect(again?.message.contains("already exists") == true)
        #expect(try String(contentsOfFile: first.documentPath, encoding: .utf8) == "my edits\n")

        let broken = hub.root.path + "/broken.docx"
        try Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: broken))
        let failure = #expect(throws: ImportError.self) { try importer.importFile(broken) }
        #expect(failure?.file == broken && failure?.description.contains("cannot be read") == true)
        let unknown = #expect(throws: ImportError.self) { try importer.importFile(hub.root.path + "/notes.txt") }
        #expect(unknown?.message.contains(".docx") == true)
        let written = try FileManager.default.contentsOfDirectory(atPath: hub.content.path + "/reviews")
        #expect(written.sorted() == ["child-a.md", "learning-review-of-child-w.md"])
    }

    @Test func aBriefingImportSaysWhichOfTheSevenSectionsAreMissing() throws {
        let hub = try FixtureHub.testShire()
        let markdown = "---\ntitle: Briefing on neglect\n---\n\n# Background\n\nText.\n\n# Why does it matter?\n\nText.\n\n# Questions to consider\n\n- One?\n\n# Further information\n\nMore.\n"
        let docx = try WordFixture.make(in: hub.root.path, name: "briefing", markdown: markdown)
        let result = try Self.importer(hub, as: .briefing).importFile(docx)
        #expect(result.documentPath.hasSuffix("briefings/briefing-on-neglect.md"))
        #expect(result.missingSections == ["Information", "What it means for practice", "What to do"])
    }
}

import Testing
@testable import HubModel
import HubTestSupport

@Suite("Publication")
struct PublicationStateTests {
    func document(_ text: String, kind: DocumentKind = .brief) throws -> DocumentMetadata {
        var log = DiagnosticLog()
        let document = DocumentParser(config: testConfig).parse(text, kind: kind, sourcePath: "\(kind.folder)/x.md",
                                                                displayPath: "content/\(kind.folder)/x.md", log: &log)?.metadata
        #expect(!log.hasErrors)
        return try #require(document)
    }

    // MARK: Publication state of one document

    @Test func ordinaryDocumentIsPublished() throws {
        let state = try document(FixtureDocument.brief()).publicationState(on: testToday)
        #expect(state == .published)
        #expect(state.isVisible)
    }

    @Test func draftIsNeverPublished() throws {
        let state = try document(FixtureDocument.brief(extra: ["draft: true"])).publicationState(on: testToday)
        #expect(state == .draft)
        #expect(!state.isVisible)
    }

    @Test func embargoLiftsOnItsDate() throws {
        let text = FixtureDocument.brief(extra: ["publish_after: 2025-06-02"])
        let brief = try document(text)
        #expect(brief.publicationState(on: testToday) == .embargoed(until: CalendarDate(year: 2025, month: 6, day: 2)!))
        #expect(!brief.publicationState(on: testToday).isVisible)
        #expect(brief.publicationState(on: CalendarDate(year: 2025, month: 6, day: 2)!) == .published)
        #expect(brief.publicationState(on: CalendarDate(year: 2026, month: 1, day: 1)!) == .published)
    }

    @Test func retentionEndsAfterItsDate() throws {
        let brief = try document(FixtureDocument.brief(extra: ["retain_until: 2025-05-31"]))
        #expect(brief.publicationState(on: testToday) == .withdrawn)
        // A withdrawn document keeps its catalogue record.
        #expect(brief.publicationState(on: testToday).isVisible)
        #expect(brief.publicationState(on: CalendarDate(year: 2025, month: 5, day: 31)!) == .published)
    }

    @Test func draftWinsOverEmbargo() throws {
        let draft = try document(FixtureDocument.brief(extra: ["draft: true", "publish_after: 2030-01-01"]))
        #expect(draft.publicationState(on: testToday) == .draft)
    }

    @Test func unattestedLearningIsHeldBack() throws {
        let brief = try document(FixtureDocument.brief().replacingOccurrences(of: "anonymised: true", with: "anonymised: false"))
        #expect(brief.publicationState(on: testToday) == .notAttested)
        #expect(!PublicationState.notAttested.isVisible)
    }

    // MARK: What the loader publishes

    @Test func draftsAreLeftOutUnlessRequested() throws {
        let hub = try FixtureHub(files: [
            "briefs/public.md": FixtureDocument.brief(title: "Public"),
            "briefs/draft.md": FixtureDocument.brief(title: "Draft", extra: ["draft: true"]),
        ])
        let published = try #require(hub.load().hub)
        #expect(published.documents.map(\.title) == ["Public"])

        let preview = try #require(hub.load(includeDrafts: true).hub)
        #expect(preview.documents.map(\.title) == ["Draft", "Public"])
        #expect(preview.documents.first?.isDraft == true)
        #expect(preview.documents.first?.publicationState(on: testToday) == .draft)
    }

    @Test func embargoedDocumentsAreLeftOutEvenFromAPreview() throws {
        let hub = try FixtureHub(files: [
            "reviews/later.md": FixtureDocument.review(title: "Later", extra: ["publish_after: 2025-06-02"]),
            "reviews/today.md": FixtureDocument.review(title: "Today", extra: ["publish_after: 2025-06-01"]),
        ])
        #expect(try #require(hub.load().hub).documents.map(\.title) == ["Today"])
        #expect(try #require(hub.load(includeDrafts: true).hub).documents.map(\.title) == ["Today"])
        // The next day, the embargo has lifted.
        let tomorrow = try #require(hub.load(today: CalendarDate(year: 2025, month: 6, day: 2)!).hub)
        #expect(tomorrow.documents.map(\.title) == ["Later", "Today"])
    }

    @Test func pastRetentionDateWithdrawsTheText() throws {
        let hub = try FixtureHub(files: [
            "reviews/old.md": FixtureDocument.review(title: "Old", extra: ["retain_until: 2025-05-31"]),
            "reviews/kept.md": FixtureDocument.review(title: "Kept", extra: ["retain_until: 2025-06-01"]),
        ])
        let model = try #require(hub.load().hub)
        let states = Dictionary(uniqueKeysWithValues: model.documents.map { ($0.title, $0.publicationState(on: model.today)) })
        #expect(states == ["Old": .withdrawn, "Kept": .published])
    }

    @Test func theLoaderJudgesAgainstTheGivenDay() throws {
        let hub = try FixtureHub(files: ["briefs/b.md": FixtureDocument.brief(extra: ["retain_until: 2025-05-31"])])
        let model = try #require(hub.load(today: CalendarDate(year: 2024, month: 1, day: 1)!).hub)
        #expect(model.today == CalendarDate(year: 2024, month: 1, day: 1))
        #expect(model.documents.first?.publicationState(on: model.today) == .published)
    }
}

import Foundation
@testable import HubModel
import HubSupport
import HubTestSupport
import Testing

/// The binary form the cache keeps of a document's metadata is written by hand, field by field: it must
/// give back every field of `DocumentMetadata`, `ReviewDetails` and `Recommendation`.
@Suite struct DocumentMetadataBinaryFormTests {
    /// A review that sets every front-matter field, none to its default.
    static let everyField = FixtureDocument.review(extra: [
        "subject: young-person", "age_band: 18-25", "outcome: harm-to-others", "incident: serious-violence",
        "methodology: Systems review", "report: assets/child-a.pdf",
        "updated: 2023-07-01", "audience: [practitioners, managers]", "draft: true", "publish_after: 2023-06-20",
        "retain_until: 2030-01-01", "slug: child-a-review", "pseudonyms: [Ellie, Sam]",
        "acknowledge:\n  - text: \"0800 1111\"\n    reason: Childline, a national helpline",
        "recommendations:\n" + FixtureDocument.recommendation("R1", text: "Share information", category: "policy",
                                                             status: "in-progress", owner: "Health", due: "2024-01-31"),
    ])

    static func parse(_ text: String, kind: DocumentKind = .review) throws -> DocumentMetadata {
        var log = DiagnosticLog()
        let parsed = DocumentParser(config: testConfig).parse(text, kind: kind, sourcePath: "\(kind.folder)/x.md",
                                                              displayPath: "content/\(kind.folder)/x.md", log: &log)
        #expect(!log.hasErrors, "\(log.sorted)")
        return try #require(parsed?.metadata)
    }

    static func roundTrip(_ metadata: DocumentMetadata) throws -> DocumentMetadata {
        var writer = BinaryWriter()
        metadata.write(to: &writer)
        return try writer.bytes.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            let read = try DocumentMetadata(from: &reader)
            #expect(reader.isAtEnd)
            return read
        }
    }

    @Test func everyFieldComesBack() throws {
        let review = try Self.parse(Self.everyField)
        #expect(try Self.roundTrip(review) == review)
        let brief = try Self.parse(FixtureDocument.brief(extra: ["review: child-a"]), kind: .brief)
        #expect(try Self.roundTrip(brief) == brief)
    }

    /// The fixture must set every field, or the round trip would not show that a new field is written:
    /// a field added to one of these types fails here until the fixture (and the binary form) has it.
    @Test func theFixtureSetsEveryField() throws {
        let review = try Self.parse(Self.everyField)
        // A brief's own field (the review it draws on) is set by the brief of `everyFieldComesBack`.
        let brief = try Self.parse(FixtureDocument.brief(extra: ["review: child-a"]), kind: .brief)
        let details = try #require(review.review)
        let recommendation = try #require(details.recommendations.first)
        let documents = [Mirror(reflecting: review.fields), Mirror(reflecting: brief.fields)]
        for (index, child) in documents[0].children.enumerated() {
            let set = documents.contains { !Self.isEmpty(Array($0.children)[index].value) }
            #expect(set, "DocumentFields.\(child.label ?? "?") is not set by the fixtures")
        }
        for (owner, value) in [("ReviewDetails", details as Any), ("Recommendation", recommendation)] {
            for child in Mirror(reflecting: value).children {
                #expect(!Self.isEmpty(child.value), "\(owner).\(child.label ?? "?") is not set by the fixture")
            }
        }
    }

    /// Nil, false, zero, an empty collection or string: what a field holds when the fixture leaves it out.
    static func isEmpty(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.isEmpty }
        switch value {
        case let flag as Bool: return !flag
        case let text as String: return text.isEmpty
        case let collection as any Collection: return collection.isEmpty
        default: return false
        }
    }
}

import Foundation
import HubModel
import HubTestSupport
import Testing
@testable import HubRendering

/// `hub.json` round-trips through its schema: it validates against `hub.schema.json` (with the
/// small validator in Support/, which supports exactly the keywords the schema uses) and decodes
/// into Codable types written from the schema.
@Suite struct CatalogueTests {
    let hub = TestHub.standard()

    private func written() throws -> (catalogue: Data, schema: Data) {
        let files = try CatalogueWriter(hub: hub).files()
        return (try #require(files.first { $0.path == "hub.json" }).data, try #require(files.first { $0.path == "hub.schema.json" }).data)
    }

    private func validator() throws -> JSONSchemaValidator {
        JSONSchemaValidator(root: try #require(try JSONSerialization.jsonObject(with: written().schema) as? [String: Any]))
    }

    @Test func catalogueValidatesAgainstItsSchema() throws {
        let instance = try JSONSerialization.jsonObject(with: written().catalogue)
        #expect(try validator().errors(instance) == [])
        // A bigger hub, with every state and many recommendations, too.
        let large = try CatalogueWriter(hub: GeneratedHub.make(count: 200)).files()[0].data
        #expect(try validator().errors(try JSONSerialization.jsonObject(with: large)) == [])
    }

    @Test func theValidatorCatchesWhatTheSchemaForbids() throws {
        let validator = try self.validator()
        let original = try #require(try JSONSerialization.jsonObject(with: written().catalogue) as? [String: Any])
        func broken(_ change: (inout [String: Any]) -> Void) -> [String] {
            var copy = original
            change(&copy)
            return validator.errors(copy)
        }
        func firstDocument(_ change: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) -> Void {
            { file in
                var documents = file["documents"] as! [[String: Any]]
                change(&documents[0])
                file["documents"] = documents
            }
        }
        #expect(!broken { $0["extra"] = 1 }.isEmpty, "additionalProperties: false")
        #expect(!broken { $0.removeValue(forKey: "generated") }.isEmpty, "required")
        #expect(!broken { $0["schema_version"] = "2.0" }.isEmpty, "enum")
        #expect(!broken { $0["generated"] = "1 June 2025" }.isEmpty, "pattern")
        #expect(!broken(firstDocument { $0["type"] = "page" }).isEmpty, "enum in a $ref")
        #expect(!broken(firstDocument { $0["themes"] = "neglect" }).isEmpty, "type")
        #expect(!broken(firstDocument { $0["updated"] = 3 }).isEmpty, "nullable string")
        #expect(broken(firstDocument { $0["updated"] = NSNull() }).isEmpty, "null is allowed")
    }

    @Test func catalogueDecodesIntoTypesMirroringTheSchema() throws {
        let file = try JSONDecoder().decode(CatalogueMirror.File.self, from: written().catalogue)
        #expect(file.schema == "https://example.org/hub/hub.schema.json")
        #expect(file.schema_version == "1.1")
        #expect(file.generated == "2025-06-01")
        #expect(file.hub.title == "Test & <Shire> Hub")
        #expect(file.hub.base_url == "https://example.org/hub/")
        #expect(file.learning_themes.map(\.id) == TestHub.themeIDs)
        #expect(file.learning_themes.first { $0.id == "neglect" }?.document_count == 4, "review, brief, briefing and the withdrawn brief")
        #expect(file.committees.first?.document_count == 2)
        #expect(file.documents.map(\.id) == ["briefings/child-a-briefing", "briefs/child-a-brief", "reviews/child-a", "reviews/child-b", "briefs/old-brief"])

        let review = try #require(file.documents.first { $0.id == "reviews/child-a" })
        #expect(review.type == .review && review.status == .published)
        #expect(review.url == "https://example.org/hub/reviews/child-a/")
        #expect(review.title == "Child A <review> & co")
        #expect(review.review_type.wrapped == "learning-review" && review.age_band.wrapped == "3-4" && review.outcome.wrapped == "serious-harm")
        #expect(review.methodology == .null && review.report == .null)
        #expect(review.derived_learning == ["briefings/child-a-briefing", "briefs/child-a-brief"])
        #expect(review.recommendations.map(\.id) == ["R1", "R2", "R3"])
        #expect(review.recommendations.map(\.overdue) == [true, false, false])
        #expect(review.recommendations[0].owner.wrapped == "Health" && review.recommendations[1].owner == .null)
        #expect(review.recommendations[2].due == .null && review.recommendations[2].status == .notStarted)

        let briefing = try #require(file.documents.first { $0.type == .briefing })
        #expect(briefing.source_review.wrapped == "reviews/child-a")
        #expect(briefing.updated.wrapped == "2024-06-15")
        #expect(briefing.recommendations.isEmpty && briefing.review_type == .null)

        let withdrawn = try #require(file.documents.first { $0.id == "briefs/old-brief" })
        #expect(withdrawn.status == .withdrawn)
        #expect(!file.documents.contains { $0.slug == "zebra-draft" }, "drafts are never in the catalogue")
    }

    @Test func version11AddsSubjectsIncidentsReviewListsKindsAndReviewTypes() throws {
        let hub = TestHub.hub(TestHub.standard().documents + [
            TestHub.document(.review, slug: "person-d", published: "2024-07-01", themes: ["transitions"],
                             review: ["review_type: sir", "age_band: 26-64", "outcome: harm-to-others", "incident: sexual-offence"]),
            TestHub.document(.review, slug: "overview", published: "2024-08-01", themes: ["neglect"],
                             review: ["review_type: national-overview", "subject: adult", "review: [person-d, child-a]"]),
            TestHub.document(.brief, slug: "two", published: "2024-09-01", themes: ["neglect"], extra: "review: [child-b, person-d]"),
        ])
        let data = try CatalogueWriter.encode(CatalogueBuilder(hub: hub).catalogue())
        #expect(try validator().errors(try JSONSerialization.jsonObject(with: data)) == [])
        let added = try JSONDecoder().decode(CatalogueMirror.Additions.self, from: data)
        let old = try JSONDecoder().decode(CatalogueMirror.File.self, from: data)
        #expect(added.hub.scope == .both)
        #expect(added.committees.map(\.kind) == [.value("child-protection"), .null])
        func record(_ id: String) throws -> (CatalogueMirror.DocumentAdditions, CatalogueMirror.Document) {
            (try #require(added.documents.first { $0.id == id }), try #require(old.documents.first { $0.id == id }))
        }
        let (personD, personDOld) = try record("reviews/person-d")
        #expect(personD.subject == .value("adult") && personD.incident == .value("sexual-offence"))
        #expect(personDOld.outcome == .value("harm-to-others") && personDOld.age_band == .value("26-64"))
        #expect(personDOld.derived_learning == ["briefs/two", "reviews/overview"], "the overview and the brief link back")
        let (overview, overviewOld) = try record("reviews/overview")
        #expect(overview.source_reviews == ["reviews/person-d", "reviews/child-a"])
        #expect(overviewOld.source_review == .null, "source_review keeps its 1.0 meaning: a brief's or briefing's review")
        let (two, twoOld) = try record("briefs/two")
        #expect(two.source_reviews == ["reviews/child-b", "reviews/person-d"] && twoOld.source_review == .value("reviews/child-b"))
        #expect(two.subject == .null)
        let (childA, _) = try record("reviews/child-a")
        #expect(childA.subject == .value("child") && childA.incident == .null)
        #expect(added.review_types.map(\.id) == ReviewType.allCases.map(\.rawValue))
        let sar = try #require(added.review_types.first { $0.id == "sar" })
        #expect(sar.name == "Safeguarding adults review" && sar.nations == [.england] && sar.subject == .value("adult"))
        #expect(sar.url == .null && sar.document_count == 0, "the hub has no safeguarding adults review")
        let sir = try #require(added.review_types.first { $0.id == "sir" })
        #expect(sir.url == .value("https://example.org/hub/review-types/sir/") && sir.document_count == 1 && sir.nations == [.scotland])
        #expect(try #require(added.review_types.first { $0.id == "thematic" }).nations.count == 4)
    }

    /// The published JSON Schema of version 1.0, as today's main branch wrote it before 1.1.
    static func version10Schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Repository.testFixtures.appendingPathComponent("hub-schema-1.0.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// What a reader of version 1.0 finds wrong in `catalogue`, reading as the README asks of a reader of
    /// 1.x: it skips keys it does not know, and takes "1.1" for a version it can read.
    static func version10Errors(_ catalogue: Data) throws -> [String] {
        var object = try #require(try JSONSerialization.jsonObject(with: catalogue) as? [String: Any])
        let version = try #require(object["schema_version"] as? String)
        #expect(version.hasPrefix("1."), "a 1.x reader can read it")
        object["schema_version"] = "1.0"
        return JSONSchemaValidator(root: try version10Schema(), ignoresUnknownProperties: true).errors(object)
    }

    @Test func aVersion10ReaderStillReadsWhatItKnows() throws {
        // A hub of 1.0's vocabulary with 1.1's additions: subjects, kinds, scope, review lists.
        let hub = TestHub.hub(TestHub.standard().documents + [
            TestHub.document(.brief, slug: "two", published: "2024-09-01", themes: ["neglect"], extra: "review: [child-b, child-a]"),
        ])
        let data = try CatalogueWriter.encode(CatalogueBuilder(hub: hub).catalogue())
        #expect(try Self.version10Errors(data) == [])
        let file = try JSONDecoder().decode(CatalogueMirror.File.self, from: data)
        #expect(file.documents.first { $0.id == "briefs/two" }?.source_review == .value("reviews/child-b"))
        // Without skipping unknown keys, 1.0's schema would reject the file: the reader must skip them.
        #expect(!JSONSchemaValidator(root: try Self.version10Schema()).errors(try JSONSerialization.jsonObject(with: data)).isEmpty)
    }

    @Test func aVersion10ReaderMeetsOnlyNewValuesOfItsVocabularies() throws {
        let hub = TestHub.hub(TestHub.standard().documents + [
            TestHub.document(.review, slug: "adult-e", published: "2024-07-01", themes: ["neglect"],
                             review: ["review_type: sar", "age_band: 65-and-over", "outcome: death"]),
            TestHub.document(.review, slug: "person-d", published: "2024-07-02", themes: ["neglect"],
                             review: ["review_type: sir", "age_band: 26-64", "outcome: harm-to-others"]),
            TestHub.document(.review, slug: "rapid", published: "2024-07-03", themes: ["neglect"],
                             review: ["review_type: rapid-review", "age_band: 1-2", "outcome: serious-harm"]),
        ])
        let data = try CatalogueWriter.encode(CatalogueBuilder(hub: hub).catalogue())
        let documents = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["documents"] as? [[String: Any]])
        let definitions = try #require(try Self.version10Schema()["$defs"] as? [String: Any])
        let document = try #require((definitions["document"] as? [String: Any])?["properties"] as? [String: Any])
        var found: [String] = []
        for error in try Self.version10Errors(data) {
            // Each must be a value of a vocabulary that 1.0 did not have, on a key 1.0 did have.
            let match = try #require(error.firstMatch(of: #/^\$\.documents\[(\d+)\]\.(review_type|age_band|outcome): (.+) is not one of/#),
                                     "\(error)")
            let (index, key, value) = (Int(match.1)!, String(match.2), String(match.3))
            let oldValues = try #require((document[key] as? [String: Any])?["enum"] as? [Any]).compactMap { $0 as? String }
            #expect(!oldValues.contains(value) && documents[index][key] as? String == value)
            found.append("\(documents[index]["slug"]!) \(key) \(value)")
        }
        #expect(found.sorted() == ["adult-e age_band 65-and-over", "person-d age_band 26-64", "person-d outcome harm-to-others",
                                   "rapid review_type rapid-review"])
    }

    @Test func aMissingNullableKeyIsRejected() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: written().catalogue) as? [String: Any])
        var documents = object["documents"] as! [[String: Any]]
        documents[0].removeValue(forKey: "updated")
        object["documents"] = documents
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CatalogueMirror.File.self, from: data) }
    }

    @Test func catalogueRoundTripsThroughTheProductionTypesByteForByte() throws {
        let data = try written().catalogue
        let decoded = try JSONDecoder().decode(Catalogue.self, from: data)
        #expect(decoded == CatalogueBuilder(hub: hub).catalogue())
        #expect(try CatalogueWriter.encode(decoded) == data)
    }

    @Test func schemaEnumsComeFromTheContentModel() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: written().schema) as? [String: Any])
        #expect(schema["$id"] as? String == "https://example.org/hub/hub.schema.json")
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let recommendation = try #require(definitions["recommendation"] as? [String: Any])
        let properties = try #require(recommendation["properties"] as? [String: Any])
        let category = try #require(properties["category"] as? [String: Any])
        #expect(category["enum"] as? [String] == RecommendationCategory.allCases.map(\.rawValue))
        let document = try #require((definitions["document"] as? [String: Any])?["properties"] as? [String: Any])
        for (key, values) in [("subject", ReviewSubject.allCases.map(\.rawValue)), ("incident", IncidentCategory.allCases.map(\.rawValue)),
                              ("outcome", ReviewOutcome.allCases.map(\.rawValue)), ("review_type", ReviewType.allCases.map(\.rawValue)),
                              ("age_band", AgeBand.allCases.map(\.rawValue))] {
            let values: [Any] = values + [NSNull()]
            let written = try #require((document[key] as? [String: Any])?["enum"] as? [Any])
            #expect(written.count == values.count && zip(written, values).allSatisfy { JSONSchemaValidator.equal($0, $1) }, "\(key)")
        }
    }
}

/// `hub.json` is written by hand: byte for byte what `JSONEncoder` with sorted keys and unescaped
/// slashes writes of the same catalogue, absent values as `null`, awkward strings included.
@Suite struct CatalogueEncodingTests {
    private func encoderBytes(_ catalogue: Catalogue) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(catalogue)
        data.append(0x0A)
        return data
    }

    @Test func matchesJSONEncoder() throws {
        for hub in [TestHub.standard(), GeneratedHub.make(count: 200)] {
            let catalogue = CatalogueBuilder(hub: hub).catalogue()
            #expect(try CatalogueWriter.encode(catalogue) == encoderBytes(catalogue))
        }
        let awkward = "Quote \" backslash \\ slash / tab \t newline \n bell \u{7} del \u{7F} Zoë 😀 \u{2028} end"
        let recommendation = CatalogueRecommendation(id: "R1", text: awkward, target: "t", category: "c", status: "s",
                                                     owner: nil, due: awkward, overdue: true)
        let document = CatalogueDocument(
            id: "reviews/a", slug: "a", type: "review", url: "reviews/a/", title: awkward, summary: "", published: "2024-01-02",
            updated: nil, themes: [awkward, ""], committee: nil, audience: [], reviewType: "lcsr", ageBand: nil, outcome: awkward,
            methodology: nil, subject: awkward, incident: nil, report: "assets/a.pdf", status: "published",
            recommendations: [recommendation, recommendation], sourceReview: nil, sourceReviews: [awkward, "reviews/c"],
            derivedLearning: ["briefs/b"])
        let reviewType = CatalogueReviewType(id: "sar", name: awkward, nations: ["england", awkward], description: awkward,
                                             subject: nil, url: nil, documentCount: 3)
        let catalogue = Catalogue(schema: "hub.schema.json", schemaVersion: "1.1",
                                  hub: CatalogueHub(title: awkward, description: "", baseURL: "https://x.org/a/", language: "en",
                                                    feed: "feed.xml", scope: awkward),
                                  generated: "2026-01-01",
                                  learningThemes: [CatalogueTheme(id: "neglect", title: awkward, description: "d", url: "themes/neglect/",
                                                                  feed: "f", documentCount: 12_345)],
                                  committees: [CatalogueCommittee(id: "c", name: awkward, area: "", kind: nil, url: "committees/c/", documentCount: 0),
                                               CatalogueCommittee(id: "d", name: "D", area: "", kind: awkward, url: "committees/d/", documentCount: 1)],
                                  reviewTypes: [reviewType, reviewType], documents: [document, document])
        #expect(try CatalogueWriter.encode(catalogue) == encoderBytes(catalogue))
    }
}

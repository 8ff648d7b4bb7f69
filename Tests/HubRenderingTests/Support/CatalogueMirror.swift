/// Codable types written from `hub.schema.json` alone (not from the production types), used to
/// read `hub.json` back. Every key must be present: nullable values use `Nullable`, which a
/// missing key cannot satisfy, and closed vocabularies are enums, which reject unknown values.
/// Extra keys are not rejected by `Decodable`; the schema validator checks those.
///
/// `File` and the types it holds are a reader of version 1.0, written before 1.1 existed; `Additions`
/// reads what 1.1 added. A reader of 1.1 decodes both from the same file.
enum CatalogueMirror {
    enum Nullable<Wrapped: Decodable & Equatable>: Decodable, Equatable {
        case null
        case value(Wrapped)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
        }

        var wrapped: Wrapped? {
            if case .value(let value) = self { return value }
            return nil
        }
    }

    struct File: Decodable {
        let schema: String
        let schema_version: String
        let hub: Hub
        let generated: String
        let learning_themes: [Theme]
        let committees: [Committee]
        let documents: [Document]
    }

    struct Hub: Decodable {
        let title: String
        let description: String
        let base_url: String
        let language: String
        let feed: String
    }

    struct Theme: Decodable {
        let id: String
        let title: String
        let description: String
        let url: String
        let feed: String
        let document_count: Int
    }

    struct Committee: Decodable {
        let id: String
        let name: String
        let area: String
        let url: String
        let document_count: Int
    }

    enum DocumentType: String, Decodable { case review, brief, briefing }
    enum Status: String, Decodable { case published, withdrawn }
    enum RecommendationStatus: String, Decodable {
        case notStarted = "not-started", inProgress = "in-progress", complete
    }

    struct Document: Decodable {
        let id: String
        let slug: String
        let type: DocumentType
        let url: String
        let title: String
        let summary: String
        let published: String
        let updated: Nullable<String>
        let themes: [String]
        let committee: Nullable<String>
        let audience: [String]
        let review_type: Nullable<String>
        let age_band: Nullable<String>
        let outcome: Nullable<String>
        let methodology: Nullable<String>
        let report: Nullable<String>
        let status: Status
        let recommendations: [Recommendation]
        let source_review: Nullable<String>
        let derived_learning: [String]
    }

    struct Recommendation: Decodable {
        let id: String
        let text: String
        let target: String
        let category: String
        let status: RecommendationStatus
        let owner: Nullable<String>
        let due: Nullable<String>
        let overdue: Bool
    }

    /// The keys version 1.1 added, each required.
    struct Additions: Decodable {
        let hub: HubAdditions
        let committees: [CommitteeAdditions]
        let review_types: [ReviewType]
        let documents: [DocumentAdditions]
    }

    enum Scope: String, Decodable { case children, adults, both }

    struct HubAdditions: Decodable {
        let scope: Scope
    }

    struct CommitteeAdditions: Decodable {
        let id: String
        let kind: Nullable<String>
    }

    enum Nation: String, Decodable { case england, wales, scotland, northernIreland = "northern-ireland" }

    struct ReviewType: Decodable {
        let id: String
        let name: String
        let nations: [Nation]
        let description: String
        let subject: Nullable<String>
        let url: Nullable<String>
        let document_count: Int
    }

    struct DocumentAdditions: Decodable {
        let id: String
        let subject: Nullable<String>
        let incident: Nullable<String>
        let source_reviews: [String]
    }
}

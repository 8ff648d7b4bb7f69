import Foundation
import HubModel

/// The JSON Schema (draft 2020-12) of `hub.json`, published beside it as `hub.schema.json`.
///
/// Built from the content model's own vocabularies, so the enums cannot drift from the code. Version 1.1
/// only adds to 1.0: the keys `review_types`, `hub.scope`, `committee.kind`, a document's `subject`,
/// `incident` and `source_reviews`, and values to the vocabularies; every 1.0 key keeps its meaning.
/// It uses only `type`, `required`, `properties`, `additionalProperties: false`, `items`,
/// `enum`, `pattern` and local `$ref`s (plus `format`, `title` and `description` as annotations).
public enum CatalogueSchema {
    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    static let urlPattern = "^https?://"
    static let idPattern = "^[a-z0-9-]+$"

    /// Absolute URL of the schema of a hub (its `$id`, and the catalogue's `schema`).
    public static func url(in config: HubConfig) -> String {
        SiteURL.absolute(CatalogueWriter.schemaPath, in: config)
    }

    /// The schema as JSON, keys sorted.
    public static func data(in config: HubConfig) throws -> Data {
        var data = try JSONSerialization.data(withJSONObject: schema(in: config),
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    /// The schema as a JSON object.
    public static func schema(in config: HubConfig) -> [String: Any] {
        [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": url(in: config),
            "title": "learning-hub catalogue, schema version \(Catalogue.currentSchemaVersion)",
            "description": "Every published review, learning brief and seven-minute briefing of a learning hub, with its recommendations. Keys are always present; unknown values are null. A reader of version 1.0 can read this file by ignoring the keys it does not know.",
            "type": "object",
            "additionalProperties": false,
            "required": ["schema", "schema_version", "hub", "generated", "learning_themes", "committees", "review_types", "documents"],
            "properties": [
                "schema": url("Absolute URL of this schema."),
                "schema_version": ["type": "string", "enum": [Catalogue.currentSchemaVersion]],
                "hub": ref("hub"),
                "generated": ref("date"),
                "learning_themes": ["type": "array", "items": ref("learning_theme")],
                "committees": ["type": "array", "items": ref("committee")],
                "review_types": ["type": "array", "items": ref("review_type")],
                "documents": ["type": "array", "items": ref("document")],
            ] as [String: Any],
            "$defs": definitions,
        ]
    }

    private static var definitions: [String: Any] {
        [
            "date": ["type": "string", "format": "date", "pattern": datePattern],
            "hub": object([
                "title": string, "description": string, "base_url": url("Where the site is published, ending in /."),
                "language": ["type": "string", "description": "BCP 47 language tag"],
                "feed": url("Atom feed of all new learning."),
                "scope": ["type": "string", "enum": HubScope.allCases.map(\.rawValue),
                          "description": "Whom the hub's learning is about."],
            ]),
            "learning_theme": object([
                "id": ["type": "string", "pattern": idPattern], "title": string, "description": string,
                "url": url("The theme's page."), "feed": url("The theme's Atom feed."), "document_count": count,
            ]),
            "committee": object([
                "id": ["type": "string", "pattern": idPattern], "name": string, "area": string,
                "kind": nullableEnumeration(CommitteeKind.allCases.map(\.rawValue)),
                "url": url("The committee's page."), "document_count": count,
            ]),
            "review_type": object([
                "id": enumeration(ReviewType.allCases.map(\.rawValue)), "name": string,
                "nations": ["type": "array", "items": enumeration(UKNation.allCases.map(\.rawValue))],
                "description": string,
                "subject": nullableEnumeration(ReviewSubject.allCases.map(\.rawValue)),
                "url": nullable(["type": "string", "format": "uri", "pattern": urlPattern, "description": "The hub's page of reviews of this kind."]),
                "document_count": count,
            ]),
            "document": document,
            "recommendation": object([
                "id": string, "text": string,
                "target": enumeration(RecommendationTarget.allCases.map(\.rawValue)),
                "category": enumeration(RecommendationCategory.allCases.map(\.rawValue)),
                "status": enumeration(RecommendationStatus.allCases.map(\.rawValue)),
                "owner": nullableString,
                "due": nullable(["type": "string", "format": "date", "pattern": datePattern]),
                "overdue": ["type": "boolean", "description": "Past its due date on the generated date and not complete."],
            ]),
        ]
    }

    /// A review's, brief's or briefing's record.
    private static var document: [String: Any] {
        object([
            "id": ["type": "string", "pattern": "^(reviews|briefs|briefings)/[A-Za-z0-9-]+$",
                   "description": "Stable id: the page's path without its final /"],
            "slug": string,
            "type": enumeration([DocumentKind.review, .brief, .briefing].map(\.rawValue)),
            "url": url("The document's page."),
            "title": string, "summary": string,
            "published": ref("date"),
            "updated": nullable(["type": "string", "format": "date", "pattern": datePattern]),
            "themes": stringList,
            "committee": nullableString,
            "audience": stringList,
            "review_type": nullableEnumeration(ReviewType.allCases.map(\.rawValue)),
            "age_band": nullableEnumeration(AgeBand.allCases.map(\.rawValue)),
            "outcome": nullableEnumeration(ReviewOutcome.allCases.map(\.rawValue)),
            "methodology": nullableString,
            "subject": nullableEnumeration(ReviewSubject.allCases.map(\.rawValue)),
            "incident": nullableEnumeration(IncidentCategory.allCases.map(\.rawValue)),
            "report": nullable(["type": "string", "pattern": urlPattern, "format": "uri"]),
            "status": enumeration(["published", "withdrawn"]),
            "recommendations": ["type": "array", "items": ref("recommendation")],
            "source_review": nullableString,
            "source_reviews": stringList,
            "derived_learning": stringList,
        ])
    }

    // MARK: Building blocks

    private static let string: [String: Any] = ["type": "string"]
    private static let nullableString: [String: Any] = ["type": ["string", "null"]]
    private static let stringList: [String: Any] = ["type": "array", "items": ["type": "string"]]
    private static let count: [String: Any] = ["type": "integer"]

    /// An object with exactly these properties, all required.
    private static func object(_ properties: [String: Any]) -> [String: Any] {
        ["type": "object", "additionalProperties": false, "required": properties.keys.sorted(), "properties": properties]
    }

    private static func ref(_ name: String) -> [String: Any] { ["$ref": "#/$defs/\(name)"] }

    private static func url(_ description: String) -> [String: Any] {
        ["type": "string", "format": "uri", "pattern": urlPattern, "description": description]
    }

    private static func enumeration(_ values: [String]) -> [String: Any] { ["type": "string", "enum": values] }

    private static func nullableEnumeration(_ values: [String]) -> [String: Any] {
        ["type": ["string", "null"], "enum": values + [NSNull()] as [Any]]
    }

    private static func nullable(_ schema: [String: Any]) -> [String: Any] {
        var result = schema
        result["type"] = ["string", "null"]
        return result
    }
}

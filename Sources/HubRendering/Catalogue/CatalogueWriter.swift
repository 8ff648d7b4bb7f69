import Foundation
import HubModel
import HubSupport

/// Writes the catalogue `hub.json` and its JSON Schema `hub.schema.json` at the site root.
public struct CatalogueWriter: Sendable {
    public static let path = "hub.json"
    public static let schemaPath = "hub.schema.json"

    public let hub: Hub

    public init(hub: Hub) {
        self.hub = hub
    }

    public func files() throws -> [SiteFile] {
        [SiteFile(path: Self.path, data: try Self.encode(CatalogueBuilder(hub: hub).catalogue())),
         SiteFile(path: Self.schemaPath, data: try CatalogueSchema.data(in: hub.config))]
    }

    /// Compact (a national hub holds tens of thousands of records), keys sorted so that the same hub always gives the same bytes.
    public static func encode(_ catalogue: Catalogue) throws -> Data {
        var json = CompactJSON(capacity: catalogue.documents.count * 1_200)
        catalogue.write(to: &json)
        var data = json.data
        data.append(0x0A)
        return data
    }
}

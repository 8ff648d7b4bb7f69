import Foundation
import HubModel

/// The search data written with the site: for now one record per published document.
public struct SearchCatalog: Sendable {
    public let records: [SearchDocumentRecord]

    /// Records for every published document of `hub`, newest first. Drafts shown in a preview are left out.
    public init(hub: Hub) {
        records = hub.publicDocuments.map(SearchDocumentRecord.init(document:))
    }

    /// `search/documents.json`: stable key order, no escaped slashes, one compact line.
    public func documentsJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(records)
    }
}

import HubSupport
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
    /// The same bytes as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes.
    public func documentsJSON() throws -> Data {
        var json = CompactJSON(capacity: records.count * 400)
        json.beginArray()
        for record in records { record.write(to: &json) }
        json.endArray()
        return json.data
    }
}

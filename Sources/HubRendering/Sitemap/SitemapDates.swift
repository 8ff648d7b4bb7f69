import HubModel

/// The dates the sitemap gives pages: when what they show last changed.
struct SitemapDates: Sendable {
    let hub: Hub
    /// The latest date of any visible review, brief or briefing.
    let newest: String?

    /// A page's entry in the sitemap: its date, if it has one.
    struct Entry {
        let lastModified: String?
    }

    init(hub: Hub) {
        self.hub = hub
        newest = Self.latest(hub.documents.indices.filter { hub.documents[$0].kind.carriesLearning }, in: hub)
    }

    /// The latest date among the visible documents at `indices`.
    func latest(_ indices: [Int]?) -> String? {
        Self.latest(indices ?? [], in: hub)
    }

    private static func latest(_ indices: [Int], in hub: Hub) -> String? {
        indices.compactMap { index -> CalendarDate? in
            guard hub.isPublic(index) else { return nil }
            let document = hub.documents[index]
            return document.updated ?? document.published
        }.max()?.description
    }
}

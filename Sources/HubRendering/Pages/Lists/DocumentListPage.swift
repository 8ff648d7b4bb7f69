import HubModel

/// A page of a list of documents (every review, a theme, a year, ...): the whole list, newest first,
/// and which page of it this is. Its path, the documents it shows and its sitemap entry follow.
protocol DocumentListPage: SitePage {
    /// The public documents of the whole list, newest first.
    var documents: [Int] { get }
    var page: ListPage { get }
}

extension DocumentListPage {
    var path: String { page.path }

    /// The documents this page shows.
    var shown: ArraySlice<Int> { documents[page.range] }

    /// Dated by the newest of the documents it shows.
    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: dates.latest(Array(shown)))
    }

    /// The public documents of `indices` (drafts in a preview are listed nowhere) and every page of
    /// their list, whose first page is at `list`: one page, saying so, when there are none.
    static func pages(of list: String, listing indices: [Int]?, in hub: Hub) -> (documents: [Int], pages: [ListPage]) {
        let documents = (indices ?? []).filter(hub.isPublic)
        return (documents, ListPage.pages(of: list, total: documents.count))
    }
}

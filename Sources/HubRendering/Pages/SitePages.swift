import HubModel

/// Every page the site has, by kind of page.
enum SitePages {
    /// All pages of `hub`: index pages exist for every declared theme and committee, even when empty.
    /// `related` is each document's related learning, if the pages are to be rendered.
    static func all(in hub: Hub, related: [[Int]]?) -> [any SitePage] {
        var pages: [any SitePage] = [HomePage(), ThemeIndexPage(), ReviewTypeIndexPage(), CommitteeIndexPage(), YearIndexPage(),
                                     SearchPage(), GlancePage()]
        pages += RecommendationsPage.pages(in: hub)
        pages += hub.documents.indices.map { DocumentPage(index: $0, kind: hub.documents[$0].kind, path: hub.documents[$0].sitePath,
                                                          related: related?[$0] ?? []) }
        // Every list, a page of `ListPage.size` entries at a time.
        pages += KindIndexPage.listedKinds.flatMap { KindIndexPage.pages(of: $0, in: hub) }
        pages += hub.config.learningThemes.flatMap { ThemePage.pages(of: $0, in: hub) }
        pages += ReviewType.allCases.filter { hub.documentsByReviewType[$0] != nil }.flatMap { ReviewTypePage.pages(of: $0, in: hub) }
        pages += hub.config.committees.flatMap { CommitteePage.pages(of: $0, in: hub) }
        pages += hub.documentsByYear.keys.sorted(by: >).flatMap { YearPage.pages(of: $0, in: hub) }
        return pages
    }

    /// The templates of every kind of page, and the parts every theme must provide.
    static let templates = ["document-item", "home"] + DocumentKind.allCases.map(\.rawValue)
        + ["theme", "listing", "directory", "search", "glance", "recommendations", "site-header", "site-footer"]
}

import HubModel

/// Every page the site has, by kind of page.
enum SitePages {
    /// All pages of `hub`: index pages exist for every declared theme and committee, even when empty.
    /// `related` is each document's related learning, if the pages are to be rendered.
    static func all(in hub: Hub, related: [[Int]]?) -> [any SitePage] {
        var pages: [any SitePage] = [HomePage(), ThemeIndexPage(), ReviewTypeIndexPage(), CommitteeIndexPage(), YearIndexPage(),
                                     SearchPage(), GlancePage(), RecommendationsPage()]
        pages += hub.documents.indices.map { DocumentPage(index: $0, kind: hub.documents[$0].kind, path: hub.documents[$0].sitePath,
                                                          related: related?[$0] ?? []) }
        pages += KindIndexPage.listedKinds.map(KindIndexPage.init)
        pages += hub.config.learningThemes.map(ThemePage.init)
        pages += ReviewType.allCases.filter { hub.documentsByReviewType[$0] != nil }.map(ReviewTypePage.init)
        pages += hub.config.committees.map(CommitteePage.init)
        pages += hub.documentsByYear.keys.sorted(by: >).map(YearPage.init)
        return pages
    }

    /// The templates of every kind of page, and the parts every theme must provide.
    static let templates = ["document-item", "home"] + DocumentKind.allCases.map(\.rawValue)
        + ["theme", "listing", "directory", "search", "glance", "recommendations", "site-header", "site-footer"]
}

@testable import HubRendering

/// The page views and the views shared by every page, built from the smaller samples.
extension ViewSamples {
    func layout() -> LayoutView {
        LayoutView(site: site(), root: text(), title: text(), headTitle: text(), metaDescription: optionalText(),
                   canonicalURL: text(), siteHeader: text(), siteFooter: text(), breadcrumbs: [link(), link()],
                   hasBreadcrumbs: flag(), crumb: text(), previousHref: optionalText(), nextHref: optionalText(),
                   pageType: text(), isDraft: flag(), feeds: [feedLink(), feedLink()])
    }

    func siteChrome() -> SiteChromeView {
        SiteChromeView(site: site(), root: text(), homeHref: text(), nav: [navItem(), navItem()])
    }

    func directoryPage() -> DirectoryPageView {
        DirectoryPageView(layout: layout(), intro: text(), entries: [countedLink(), countedLink()])
    }

    func documentPage() -> DocumentPageView {
        DocumentPageView(layout: layout(), header: documentHeader(), contentWarning: optionalText(), bodyHTML: text(),
                         sections: [briefingSection(), briefingSection()], preambleHTML: optionalText(), readingMinutes: number(),
                         recommendations: [recommendation(), recommendation()], overdueCount: optionalNumber(),
                         reportHref: optionalText(), derivedLearning: [documentSummary(), documentSummary()],
                         sourceReviews: [documentSummary(), documentSummary()], sourceReviewsHeading: text(),
                         supportHref: optionalText(),
                         relatedLearning: [documentSummary(), documentSummary()], trackerHref: text(), publisher: text())
    }

    func glancePage() -> GlancePageView {
        GlancePageView(layout: layout(), lede: text(), contents: [link(), link()], charts: [chart(), chart()],
                       overdueCount: number(), overdueLabel: text(), hasOverdue: flag(), overdue: [trackerRow(), trackerRow()],
                       overdueShownLabel: optionalText(), trackerHref: text(), overdueTrackerHref: text())
    }

    func homePage() -> HomePageView {
        HomePageView(layout: layout(), intro: text(), latest: [documentSummary(), documentSummary()], themes: [countedLink(), countedLink()],
                     sections: [countedLink(), countedLink()])
    }

    func listingPage() -> ListingPageView {
        ListingPageView(layout: layout(), intro: optionalText(), countSummary: optionalText(),
                        documents: [documentSummary(), documentSummary()], pagination: pagination())
    }

    func searchPage() -> SearchPageView {
        SearchPageView(layout: layout(), themes: [countedLink(), countedLink()], examplePhrase: text())
    }

    func themePage() -> ThemePageView {
        ThemePageView(layout: layout(), description: optionalText(), countSummary: optionalText(),
                      documents: [documentSummary(), documentSummary()], pagination: pagination(),
                      related: [countedLink(), countedLink()], feedHref: text())
    }

    func trackerPage() -> TrackerPageView {
        TrackerPageView(layout: layout(), intro: text(), totalLabel: text(), total: number(), hasRows: flag(),
                        statusOptions: [filterOption(), filterOption()], themeOptions: [filterOption(), filterOption()],
                        overdueCount: number(), rows: [trackerRow(), trackerRow()], pagination: pagination(), dataHref: text())
    }
}

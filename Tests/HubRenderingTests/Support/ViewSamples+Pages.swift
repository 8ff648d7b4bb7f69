@testable import HubRendering

/// The page views and the views shared by every page, built from the smaller samples.
extension ViewSamples {
    func layout() -> LayoutView {
        LayoutView(site: site(), root: text(), title: text(), headTitle: text(), metaDescription: text(),
                   canonicalURL: text(), siteHeader: text(), siteFooter: text(), breadcrumbs: [link(), link()],
                   hasBreadcrumbs: flag(), pageType: text(), isDraft: flag(), feeds: [feedLink(), feedLink()])
    }

    func siteChrome() -> SiteChromeView {
        SiteChromeView(site: site(), root: text(), homeHref: text(), nav: [navItem(), navItem()])
    }

    func directoryPage() -> DirectoryPageView {
        DirectoryPageView(layout: layout(), intro: text(), entries: [countedLink(), countedLink()])
    }

    func documentPage() -> DocumentPageView {
        DocumentPageView(layout: layout(), header: documentHeader(), contentWarning: optionalText(), bodyHTML: text(),
                         sections: [briefingSection(), briefingSection()], preambleHTML: text(), readingMinutes: number(),
                         recommendations: [recommendation(), recommendation()], overdueCount: number(),
                         reportHref: optionalText(), derivedLearning: [documentSummary(), documentSummary()],
                         sourceReviews: [documentSummary(), documentSummary()], sourceReviewsHeading: text(),
                         supportHref: optionalText(),
                         relatedLearning: [documentSummary(), documentSummary()], trackerHref: text())
    }

    func glancePage() -> GlancePageView {
        GlancePageView(layout: layout(), lede: text(), contents: [link(), link()], charts: [chart(), chart()],
                       overdueCount: number(), overdueLabel: text(), hasOverdue: flag(), overdue: [trackerRow(), trackerRow()],
                       trackerHref: text(), overdueTrackerHref: text())
    }

    func homePage() -> HomePageView {
        HomePageView(layout: layout(), intro: text(), latest: [documentSummary(), documentSummary()], themes: [countedLink(), countedLink()],
                     sections: [countedLink(), countedLink()], documentCount: number())
    }

    func listingPage() -> ListingPageView {
        ListingPageView(layout: layout(), intro: text(), total: number(), totalLabel: text(),
                        groups: [documentGroup(), documentGroup()])
    }

    func searchPage() -> SearchPageView {
        SearchPageView(layout: layout(), themes: [countedLink(), countedLink()], examplePhrase: text())
    }

    func themePage() -> ThemePageView {
        ThemePageView(layout: layout(), description: text(), total: number(), totalLabel: text(),
                      groups: [documentGroup(), documentGroup()], related: [countedLink(), countedLink()], feedHref: text())
    }

    func trackerPage() -> TrackerPageView {
        TrackerPageView(layout: layout(), intro: text(), totalLabel: text(), total: number(), hasRows: flag(),
                        statusOptions: [filterOption(), filterOption()], themeOptions: [filterOption(), filterOption()],
                        overdueCount: number(), rows: [trackerRow(), trackerRow()])
    }
}

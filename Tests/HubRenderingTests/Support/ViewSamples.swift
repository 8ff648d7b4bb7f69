@testable import HubRendering

/// One instance of every view type in `Sources/HubRendering/Views/`, with every string and
/// number different from every other and, within a view, the flags alternating, so that a
/// template lookup reading the wrong property returns a different value. Each nested view is a
/// distinct instance. Optional fields are all present or, with `optionalsPresent` false, all absent.
final class ViewSamples {
    let optionalsPresent: Bool
    private var counter = 0
    private var flags = 0

    init(optionalsPresent: Bool) {
        self.optionalsPresent = optionalsPresent
    }

    /// Every view type, once: `TemplateViewTests` checks that this names each file of the folder.
    func all() -> [any TemplateView] {
        [briefingSection(), chartTableRow(), chartTable(), chart(), countedLink(), directoryPage(),
         documentHeader(), documentPage(), documentSummary(), fact(), feedLink(), filterOption(), glancePage(),
         homePage(), layout(), link(), listingPage(), navItem(), pageLink(), pagination(), recommendation(), searchPage(),
         siteChrome(), site(), themePage(), themeTag(), trackerPage(), trackerRow()]
    }

    func text() -> String {
        counter += 1
        return "text \(counter)"
    }

    func number() -> Int {
        counter += 1
        return counter
    }

    func flag() -> Bool {
        flags += 1
        return flags.isMultiple(of: 2)
    }

    func optionalText() -> String? {
        optionalsPresent ? text() : nil
    }

    func optionalNumber() -> Int? {
        optionalsPresent ? number() : nil
    }

    func texts() -> [String] {
        [text(), text()]
    }

    func briefingSection() -> BriefingSectionView {
        BriefingSectionView(number: number(), anchor: text(), headingHTML: text(), bodyHTML: text())
    }

    func chartTableRow() -> ChartTableRowView {
        ChartTableRowView(header: text(), cells: texts())
    }

    func chartTable() -> ChartTableView {
        ChartTableView(caption: text(), rowHeader: text(), columns: texts(), rows: [chartTableRow(), chartTableRow()],
                       footer: optionalsPresent ? chartTableRow() : nil)
    }

    func chart() -> ChartView {
        ChartView(id: text(), headingID: text(), heading: text(), intro: text(), svg: text(), hasData: flag(),
                  table: chartTable())
    }

    func countedLink() -> CountedLinkView {
        CountedLinkView(href: text(), label: text(), count: number(), description: optionalText(), countLabel: text())
    }

    func pageLink() -> PageLinkView {
        PageLinkView(number: text(), href: optionalText(), isCurrent: flag(), isGap: flag())
    }

    func pagination() -> PaginationView {
        PaginationView(showing: optionalText(), label: text(), hasPages: flag(), position: text(),
                       previous: optionalsPresent ? pageLink() : nil, next: optionalsPresent ? pageLink() : nil,
                       pages: [pageLink(), pageLink()])
    }

    func documentHeader() -> DocumentHeaderView {
        DocumentHeaderView(kind: text(), kindLabel: text(), summary: optionalText(), publishedISO: optionalText(),
                           publishedLong: optionalText(), updatedISO: optionalText(), updatedLong: optionalText(),
                           themes: [themeTag(), themeTag()], facts: [fact(), fact()], isWithdrawn: flag(), isDraft: flag())
    }

    func documentSummary() -> DocumentSummaryView {
        DocumentSummaryView(href: text(), title: text(), kind: text(), kindLabel: text(), summary: text(),
                            summaryLine: optionalText(), publishedISO: optionalText(), publishedLong: optionalText(), themes: [themeTag(), themeTag()],
                            isWithdrawn: flag(), isDraft: flag(), html: text())
    }

    func fact() -> FactView {
        FactView(label: text(), value: text(), href: optionalText())
    }

    func feedLink() -> FeedLinkView {
        FeedLinkView(href: text(), title: text())
    }

    func filterOption() -> FilterOptionView {
        FilterOptionView(value: text(), label: text(), count: number())
    }

    func link() -> LinkView {
        LinkView(href: text(), label: text())
    }

    func navItem() -> NavItemView {
        NavItemView(href: text(), label: text(), current: flag())
    }

    func recommendation() -> RecommendationView {
        RecommendationView(id: text(), text: text(), target: text(), category: text(), status: text(), statusID: text(),
                           owner: optionalText(), dueISO: optionalText(), dueLong: optionalText(), isOverdue: flag())
    }

    func site() -> SiteView {
        SiteView(title: text(), description: text(), language: text(), baseURL: text(), accessibilityHref: optionalText(),
                 aboutHref: optionalText())
    }

    func themeTag() -> ThemeTagView {
        ThemeTagView(href: text(), title: text())
    }

    func trackerRow() -> TrackerRowView {
        TrackerRowView(reviewHref: text(), reviewTitle: text(), recommendationsHref: text(), id: text(), text: text(),
                       target: text(), category: text(), owner: optionalText(), dueISO: optionalText(),
                       dueLong: optionalText(), status: text(), statusID: text(), isOverdue: flag(), themeIDs: text(),
                       themeNames: text())
    }
}

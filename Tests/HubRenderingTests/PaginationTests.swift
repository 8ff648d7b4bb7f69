import HubModel
import Testing
@testable import HubRendering

/// Every list is cut into pages of fifty at stable addresses (`reviews/`, `reviews/page/2/`, ...),
/// which say what they show ("Showing 51–100 of 2,013 reviews") and link each other.
@Suite struct PaginationTests {
    @Test func pagesHoldFiftyEntriesEachAtStableAddresses() {
        #expect(ListPage.pages(of: "reviews/", total: 0).map(\.path) == ["reviews/"])
        #expect(ListPage.pages(of: "reviews/", total: 50).map(\.path) == ["reviews/"])
        let pages = ListPage.pages(of: "reviews/", total: 2013)
        #expect(pages.count == 41)
        #expect(pages.map(\.path).prefix(3) == ["reviews/", "reviews/page/2/", "reviews/page/3/"])
        #expect(pages[1].range == 50..<100 && pages[40].range == 2000..<2013)
        #expect(pages.allSatisfy { $0.count == 41 && $0.total == 2013 })
        #expect(SitePaths.listPage("themes/neglect/", 7) == "themes/neglect/page/7/")
    }

    @Test func linksBetweenPagesAreShortAndRelative() {
        let first = ListPage(list: "reviews/", number: 1, total: 200)
        let third = ListPage(list: "reviews/", number: 3, total: 200)
        #expect(first.href(to: 1) == "./" && first.href(to: 2) == "page/2/")
        #expect(third.href(to: 1) == "../../" && third.href(to: 4) == "../4/" && third.href(to: 3) == "./")
        // Each resolves to the page's path.
        for page in [first, third] {
            for number in 1...4 {
                #expect(resolve(page.href(to: number), from: page.path) == page.path(of: number))
            }
        }
    }

    @Test func saysWhatEachPageShowsWithGroupedNumbers() {
        let factory = PageViewFactory(hub: TestHub.standard())
        let second = factory.pagination(ListPage(list: "reviews/", number: 2, total: 2013), noun: .reviews, label: "Reviews: pages")
        #expect(second.showing == "Showing 51–100 of 2,013 reviews")
        #expect(second.position == "Page 2 of 41" && second.hasPages)
        #expect(second.previous?.href == "../../" && second.next?.href == "../3/")
        #expect(second.pages.map { $0.isGap ? "…" : $0.number } == ["1", "2", "3", "…", "41"])
        #expect(second.pages.filter(\.isCurrent).map(\.number) == ["2"])
        let middle = factory.pagination(ListPage(list: "reviews/", number: 20, total: 2013), noun: .reviews, label: "x")
        #expect(middle.pages.map { $0.isGap ? "…" : $0.number } == ["1", "…", "19", "20", "21", "…", "41"])
        let last = factory.pagination(ListPage(list: "reviews/", number: 41, total: 2013), noun: .reviews, label: "x")
        #expect(last.showing == "Showing 2,001–2,013 of 2,013 reviews" && last.next == nil)
        let one = factory.pagination(ListPage(list: "reviews/", number: 1, total: 16), noun: .documents, label: "x")
        #expect(one.showing == "All 16 documents" && !one.hasPages && one.pages.isEmpty)
        #expect(factory.pagination(ListPage(list: "r/", number: 1, total: 1), noun: .reviews, label: "x").showing == "1 review")
        #expect(factory.pagination(ListPage(list: "r/", number: 1, total: 0), noun: .reviews, label: "x").showing == nil)
        #expect(ListNoun.grouped(1_234_567) == "1,234,567" && ListNoun.grouped(999) == "999")
    }

    /// Every list of the hub gets its pages: each document type, theme, review type, committee and year.
    @Test func everyListOfAGeneratedHubIsPaginated() throws {
        let hub = GeneratedHub.make(count: 400)
        let pages = SitePages.all(in: hub, related: nil)
        let paths = Set(pages.map(\.path))
        #expect(paths.count == pages.count, "every page at its own address")
        let factory = PageViewFactory(hub: hub)
        for (list, documents) in [("briefs/", hub.documentsByKind[.brief]), ("themes/neglect/", hub.documentsByTheme["neglect"]),
                                  ("committees/test-cpc/", hub.documentsByCommittee["test-cpc"])] {
            let total = (documents ?? []).filter(hub.isPublic).count
            #expect(total > 50, "\(list)")
            let count = (total + 49) / 50
            #expect(paths.contains(list) && paths.contains("\(list)page/\(count)/") && !paths.contains("\(list)page/\(count + 1)/"))
            #expect(!paths.contains("\(list)page/1/"), "the first page is the list's own address")
        }
        let theme = try #require(pages.first { $0.path == "themes/neglect/" }?.view(from: factory) as? ThemePageView)
        let later = try #require(pages.first { $0.path == "themes/neglect/page/2/" }?.view(from: factory) as? ThemePageView)
        #expect(theme.description != nil && !theme.related.isEmpty && theme.countSummary != nil)
        #expect(later.description == nil && later.related.isEmpty && later.countSummary == nil)
        #expect(later.layout.headTitle.hasPrefix("Neglect, page 2 of "))
        #expect(later.layout.crumb.hasPrefix("Page 2 of ") && later.layout.breadcrumbs.last?.href == "../../")
        #expect(theme.documents.count == 50 && theme.layout.previousHref == nil && theme.layout.nextHref == "page/2/")
    }

    /// `href` from the page at `page`, as a browser resolves it (paths from the site root).
    private func resolve(_ href: String, from page: String) -> String {
        var parts = page.split(separator: "/").map(String.init)
        for part in href.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }
}

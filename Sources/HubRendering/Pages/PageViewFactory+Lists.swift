import HubModel

/// The parts of a page of a list: its layout, the documents it shows, how many of each kind the
/// list holds, and the links between its pages.
extension PageViewFactory {
    /// Page `page` of the list `documents` (public documents, newest first) titled `title`: on its first
    /// page the list's `intro` and, when `countsKinds`, how many documents of each kind it holds.
    /// `parents` are the pages above it (paths from the site root), after Home.
    func listing(_ page: ListPage, documents: [Int], title: String, intro: String?, noun: ListNoun, countsKinds: Bool,
                 parents: [LinkView]) -> ListingPageView {
        let path = page.path
        let crumbs = [LinkView(href: rel(path, SitePaths.home), label: "Home")]
            + parents.map { LinkView(href: rel(path, $0.href), label: $0.label) }
        let layout = self.layout(for: path, title: title, description: intro ?? title, pageType: "listing",
                                 breadcrumbs: crumbs, listPage: page)
        return ListingPageView(layout: layout, intro: page.isFirst ? intro : nil,
                               countSummary: page.isFirst && countsKinds ? kindCounts(documents) : nil,
                               documents: documents[page.range].map { summary($0, from: path) },
                               pagination: pagination(page, noun: noun, label: "\(title): pages"))
    }

    /// Where `page` stands in its list of `noun`s, and the links to the pages around it (the first,
    /// the last, and one either side of this one, with gaps between), in a navigation named `label`
    /// ("Reviews: pages").
    func pagination(_ page: ListPage, noun: ListNoun, label: String) -> PaginationView {
        let showing: String?
        switch (page.total, page.count) {
        case (0, _): showing = nil
        case (1, _): showing = noun.count(1)
        case (_, 1): showing = "All " + noun.count(page.total)
        default:
            showing = "Showing \(ListNoun.grouped(page.range.lowerBound + 1))–\(ListNoun.grouped(page.range.upperBound)) of "
                + noun.count(page.total)
        }
        let step = { (number: Int) in
            PageLinkView(number: String(number), href: page.href(to: number), isCurrent: false, isGap: false)
        }
        return PaginationView(showing: showing, label: label, hasPages: page.count > 1,
                              position: "Page \(page.number) of \(page.count)",
                              previous: page.number > 1 ? step(page.number - 1) : nil,
                              next: page.number < page.count ? step(page.number + 1) : nil,
                              pages: Self.pageLinks(page))
    }

    /// The numbered links of `page`'s navigation: 1, a gap, the pages either side of this one, a gap, the last.
    private static func pageLinks(_ page: ListPage) -> [PageLinkView] {
        guard page.count > 1 else { return [] }
        let near = Set([1, page.count] + (page.number - 1 ... page.number + 1).filter { (1...page.count).contains($0) })
        var links: [PageLinkView] = []
        var previous = 0
        for number in near.sorted() {
            if number == previous + 2 {
                // A gap of one page: the page itself is as short as the gap.
                links.append(PageLinkView(number: String(previous + 1), href: page.href(to: previous + 1), isCurrent: false, isGap: false))
            } else if number > previous + 2 {
                links.append(PageLinkView(number: "", href: nil, isCurrent: false, isGap: true))
            }
            links.append(PageLinkView(number: String(number), href: page.href(to: number), isCurrent: number == page.number,
                                      isGap: false))
            previous = number
        }
        return links
    }

    /// "312 documents: 52 reviews, 130 learning briefs and 130 seven-minute briefings", for a list of
    /// `documents` of several kinds; nil for an empty one.
    func kindCounts(_ documents: [Int]) -> String? {
        guard !documents.isEmpty else { return nil }
        var counts: [DocumentKind: Int] = [:]
        for index in documents { counts[hub.documents[index].kind, default: 0] += 1 }
        let parts = DocumentKind.allCases.compactMap { kind in
            counts[kind].map { ListNoun(kind).count($0) }
        }
        let total = ListNoun.documents.count(documents.count)
        guard parts.count > 1 else { return total }
        return total + ": " + parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    }
}

extension ListNoun {
    /// A kind of document in words: "review", "seven-minute briefing".
    init(_ kind: DocumentKind) {
        self.init(singular: kind.singularName.lowercased(), plural: kind.pluralName.lowercased())
    }
}

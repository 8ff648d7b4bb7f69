import HubSupport
import HubModel

/// Turns the hub model into the view types the templates render.
///
/// Every `href` it makes is relative to the page being rendered, so the
/// site works under any sub-path of a web server and when opened from disk.
struct PageViewFactory: Sendable {
    let hub: Hub
    let aboutPath: String?
    let accessibilityPath: String?
    /// The part of the about page that says where to find support, if it has one.
    let supportPath: String?
    let relatedLearning: RelatedLearning

    /// Renders a view with a template of the site theme: list entries (`document-item`) and the
    /// site header and footer are rendered once here and reused by every page that shows them.
    private let render: (@Sendable (_ view: Any, _ template: String) -> String)?
    /// Each document's list entry by folder depth: it appears in many lists (its themes, committee,
    /// year, type, related learning) and differs only with the depth, as every link is relative.
    private let itemCache = SharedMemo<ItemKey, DocumentSummaryView>()
    /// Each document's `document-item` HTML rendered once, with `RootMarker` for the way to the root.
    private let itemHTMLCache = SharedMemo<Int, String>()
    /// Whether list entries may be rendered once for every depth (no template holds the root marker).
    private let sharesItemsAcrossDepths: Bool
    private let chromeCache = SharedMemo<ChromeKey, SiteChrome>()

    private struct ItemKey: Hashable, Sendable {
        let document: Int
        let depth: Int
    }

    private struct ChromeKey: Hashable, Sendable {
        /// The first folder of the page's path.
        let section: String
        let depth: Int
    }

    init(hub: Hub, render: (@Sendable (_ view: Any, _ template: String) -> String)? = nil,
         sharesItemsAcrossDepths: Bool = false) {
        self.hub = hub
        self.render = render
        self.sharesItemsAcrossDepths = sharesItemsAcrossDepths
        relatedLearning = RelatedLearning(hub: hub)
        let pages = hub.documents(hub.documentsByKind[.page])
        let about = pages.first { $0.slug == "about" }
        aboutPath = about?.sitePath
        supportPath = about.map { page in
            let heading = page.content.headings.first { $0.text.lowercased().contains("support") }
            return page.sitePath + (heading.map { "#" + $0.anchor } ?? "")
        }
        accessibilityPath = pages.first { $0.slug == "accessibility" || $0.slug == "accessibility-statement" }?.sitePath
    }

    // MARK: Pages

    func home() -> HomePageView {
        let layout = self.layout(for: "", title: hub.config.title, description: hub.config.description,
                                 pageType: "home", breadcrumbs: [])
        let learning = hub.documents.indices.filter { hub.documents[$0].kind.carriesLearning && isPublic($0) }
        let sections = [DocumentKind.review, .brief, .briefing].map { kind in
            counted(href: rel("", "\(kind.folder)/"), label: kind.pluralName, count: publicCount(hub.documentsByKind[kind]))
        }
        return HomePageView(layout: layout, latest: learning.prefix(6).map { summary($0, from: "") },
                            themes: themeCounts(from: ""), sections: sections,
                            documentCount: learning.count)
    }

    /// The page of document `index`, whose related learning is `related` (`relatedLearning.related(to: index)`).
    func document(_ index: Int, related: [Int]) -> DocumentPageView {
        let document = hub.documents[index]
        let page = document.sitePath
        let state = hub.states[index]
        let withdrawn = state == .withdrawn
        var crumbs = [LinkView(href: rel(page, ""), label: "Home")]
        if document.kind != .page {
            crumbs.append(LinkView(href: rel(page, "\(document.kind.folder)/"), label: document.kind.pluralName))
        }
        let layout = self.layout(for: page, title: document.title, description: document.summary,
                                 pageType: document.kind.rawValue, breadcrumbs: crumbs, isDraft: state == .draft)
        var sections: [BriefingSectionView] = []
        var preamble = ""
        if document.kind == .briefing && !withdrawn {
            let split = document.content.level2Sections()
            preamble = split.preamble
            sections = split.sections.enumerated().map { offset, section in
                BriefingSectionView(number: offset + 1, anchor: section.heading.anchor,
                                    headingHTML: section.headingHTML, bodyHTML: section.bodyHTML)
            }
        }
        let recommendations = (document.review?.recommendations ?? []).map(recommendation)
        return DocumentPageView(
            layout: layout, header: header(document, state: state, from: page), bodyHTML: withdrawn ? "" : document.content.html,
            sections: sections, preambleHTML: preamble, readingMinutes: document.readingMinutes,
            recommendations: recommendations, overdueCount: recommendations.filter(\.isOverdue).count,
            reportHref: withdrawn ? nil : document.review?.reportAsset.map { rel(page, $0) },
            derivedLearning: publicOnly(hub.derivedLearning[index]).map { summary($0, from: page) },
            sourceReview: hub.sourceReview[index].map { summary($0, from: page) },
            supportHref: supportPath.map { rel(page, $0) },
            relatedLearning: related.map { summary($0, from: page) },
            trackerHref: rel(page, "recommendations/"))
    }

    func kindIndex(_ kind: DocumentKind) -> ListingPageView {
        let page = "\(kind.folder)/"
        let intro: String
        switch kind {
        case .review: intro = "Anonymised reports and published summaries of case reviews, with their recommendations."
        case .brief: intro = "Short accounts of the learning from reviews, for practitioners and managers."
        case .briefing: intro = "One-page briefings to read aloud in a team meeting in about seven minutes."
        case .page: intro = ""
        }
        return listing(page: page, title: kind.pluralName, intro: intro, indices: hub.documentsByKind[kind] ?? [],
                       grouped: false, parent: nil)
    }

    func themeIndex() -> DirectoryPageView {
        let page = "themes/"
        return DirectoryPageView(
            layout: layout(for: page, title: "Learning themes", description: "Every learning theme of the hub, with the number of documents on each.",
                           pageType: "directory", breadcrumbs: [LinkView(href: rel(page, ""), label: "Home")]),
            intro: "The themes that recur in the learning from reviews. Choose a theme to see every review, brief and briefing on it.",
            entries: themeCounts(from: page))
    }

    func theme(_ theme: LearningTheme) -> ThemePageView {
        let page = "themes/\(theme.id)/"
        let indices = publicOnly(hub.documentsByTheme[theme.id])
        let related = (hub.themeCooccurrence[theme.id] ?? []).prefix(6).compactMap { item -> CountedLinkView? in
            guard let other = hub.config.learningTheme(item.themeID) else { return nil }
            return counted(href: rel(page, "themes/\(other.id)/"), label: other.title, count: item.count)
        }
        let feed = FeedLinkView(href: rel(page, FeedPaths.theme(theme.id)),
                                title: "\(theme.title): new learning (\(hub.config.title))")
        return ThemePageView(
            layout: layout(for: page, title: theme.title, description: theme.description, pageType: "theme",
                           breadcrumbs: [LinkView(href: rel(page, ""), label: "Home"),
                                         LinkView(href: rel(page, "themes/"), label: "Learning themes")],
                           feeds: [feed]),
            description: theme.description, total: indices.count, totalLabel: Self.countLabel(indices.count),
            groups: groups(indices, from: page), related: related, feedHref: feed.href)
    }

    func reviewTypeIndex() -> DirectoryPageView {
        let page = "review-types/"
        let entries = ReviewType.allCases.compactMap { type -> CountedLinkView? in
            let count = publicCount(hub.documentsByReviewType[type])
            return count == 0 ? nil : counted(href: rel(page, "review-types/\(type.rawValue)/"), label: type.displayName, count: count)
        }
        return directory(page: page, title: "Review types", intro: "Reviews by the kind of review that was carried out.", entries: entries)
    }

    func reviewType(_ type: ReviewType) -> ListingPageView {
        listing(page: "review-types/\(type.rawValue)/", title: type.displayName + "s",
                intro: "Every published \(type.displayName.lowercased()) in the hub.",
                indices: hub.documentsByReviewType[type] ?? [], grouped: false,
                parent: LinkView(href: "review-types/", label: "Review types"))
    }

    func committeeIndex() -> DirectoryPageView {
        let page = "committees/"
        let entries = hub.config.committees.map {
            counted(href: rel(page, "committees/\($0.id)/"), label: $0.name, count: publicCount(hub.documentsByCommittee[$0.id]),
                    description: $0.area)
        }
        return directory(page: page, title: "Committees", intro: "The committees and partnerships whose learning the hub holds.", entries: entries)
    }

    func committee(_ committee: Committee) -> ListingPageView {
        listing(page: "committees/\(committee.id)/", title: committee.name,
                intro: committee.area.isEmpty ? "" : "Learning published by the committee for \(committee.area).",
                indices: hub.documentsByCommittee[committee.id] ?? [], grouped: true,
                parent: LinkView(href: "committees/", label: "Committees"))
    }

    func yearIndex() -> DirectoryPageView {
        let page = "years/"
        let entries = hub.documentsByYear.keys.sorted(by: >).map {
            counted(href: rel(page, "years/\($0)/"), label: String($0), count: publicCount(hub.documentsByYear[$0]))
        }
        return directory(page: page, title: "Years", intro: "Learning by the year it was published.", entries: entries)
    }

    func year(_ year: Int) -> ListingPageView {
        listing(page: "years/\(year)/", title: "Published in \(year)", intro: "",
                indices: hub.documentsByYear[year] ?? [], grouped: true, parent: LinkView(href: "years/", label: "Years"))
    }

    func search() -> SearchPageView {
        let page = "search/"
        return SearchPageView(
            layout: layout(for: page, title: "Search", description: "Search the learning from reviews.", pageType: "search",
                           breadcrumbs: [LinkView(href: rel(page, ""), label: "Home")]),
            themes: themeCounts(from: page))
    }

    // MARK: Parts

    func layout(for page: String, title: String, description: String, pageType: String,
                breadcrumbs: [LinkView], isDraft: Bool = false, feeds: [FeedLinkView] = []) -> LayoutView {
        let chrome = self.chrome(for: page)
        return LayoutView(site: chrome.site, root: LinkPaths.rootPrefix(of: page), title: title,
                          headTitle: page.isEmpty ? title : "\(title) – \(hub.config.title)",
                          metaDescription: description,
                          canonicalURL: hub.config.baseURL + page,
                          siteHeader: chrome.headerHTML, siteFooter: chrome.footerHTML,
                          breadcrumbs: breadcrumbs, hasBreadcrumbs: !breadcrumbs.isEmpty, pageType: "page-" + pageType, isDraft: isDraft,
                          feeds: [FeedLinkView(href: rel(page, FeedPaths.site), title: "\(hub.config.title): all new learning")] + feeds)
    }

    /// The site facts, header and footer of `page`: the same for every page of its section at its depth.
    private func chrome(for page: String) -> SiteChrome {
        let section = page.split(separator: "/").first.map(String.init) ?? ""
        return chromeCache.value(for: ChromeKey(section: section, depth: LinkPaths.depth(of: page))) {
            var nav = [("themes/", "Themes", "themes"), ("reviews/", "Reviews", "reviews"), ("briefs/", "Learning briefs", "briefs"),
                       ("briefings/", "Seven-minute briefings", "briefings"), ("search/", "Search", "search")]
            if let aboutPath { nav.append((aboutPath, "About", String(aboutPath.dropLast()))) }
            let site = SiteView(title: hub.config.title, description: hub.config.description, language: hub.config.language,
                                baseURL: hub.config.baseURL, accessibilityHref: accessibilityPath.map { rel(page, $0) },
                                aboutHref: aboutPath.map { rel(page, $0) })
            let view = SiteChromeView(site: site, root: LinkPaths.rootPrefix(of: page), homeHref: rel(page, ""),
                                      nav: nav.map { NavItemView(href: rel(page, $0.0), label: $0.1, current: $0.2 == section) })
            return SiteChrome(site: site, headerHTML: render?(view, "site-header") ?? "",
                              footerHTML: render?(view, "site-footer") ?? "")
        }
    }

    private func listing(page: String, title: String, intro: String, indices: [Int], grouped: Bool,
                         parent: LinkView?) -> ListingPageView {
        var crumbs = [LinkView(href: rel(page, ""), label: "Home")]
        if let parent { crumbs.append(LinkView(href: rel(page, parent.href), label: parent.label)) }
        let visible = publicOnly(indices)
        let groups = grouped ? self.groups(visible, from: page)
            : [DocumentGroupView(id: "all", title: title, count: visible.count, documents: visible.map { summary($0, from: page) })]
        return ListingPageView(layout: layout(for: page, title: title, description: intro.isEmpty ? title : intro,
                                              pageType: "listing", breadcrumbs: crumbs),
                               intro: intro, total: visible.count, totalLabel: Self.countLabel(visible.count),
                               groups: groups)
    }

    private func directory(page: String, title: String, intro: String, entries: [CountedLinkView]) -> DirectoryPageView {
        DirectoryPageView(layout: layout(for: page, title: title, description: intro, pageType: "directory",
                                         breadcrumbs: [LinkView(href: rel(page, ""), label: "Home")]),
                          intro: intro, entries: entries)
    }

    /// Documents grouped by type (reviews, briefs, briefings), each group newest first.
    private func groups(_ indices: [Int], from page: String) -> [DocumentGroupView] {
        [DocumentKind.review, .brief, .briefing].compactMap { kind in
            let members = indices.filter { hub.documents[$0].kind == kind }
            guard !members.isEmpty else { return nil }
            return DocumentGroupView(id: kind.folder, title: kind.pluralName, count: members.count,
                                     documents: members.map { summary($0, from: page) })
        }
    }

    private func themeCounts(from page: String) -> [CountedLinkView] {
        hub.config.learningThemes.map {
            counted(href: rel(page, "themes/\($0.id)/"), label: $0.title, count: publicCount(hub.documentsByTheme[$0.id]),
                    description: $0.description)
        }
    }

    func summary(_ index: Int, from page: String) -> DocumentSummaryView {
        itemCache.value(for: ItemKey(document: index, depth: LinkPaths.depth(of: page))) {
            let prefix = LinkPaths.rootPrefix(of: page)
            let view = summaryView(index, rootPrefix: prefix)
            guard let render else { return view }
            guard sharesItemsAcrossDepths, !mentionsRootMarker(view) else { return view.withHTML(render(view, "document-item")) }
            let html = itemHTMLCache.value(for: index) { render(summaryView(index, rootPrefix: RootMarker.text), "document-item") }
            return view.withHTML(RootMarker.replace(in: html, with: prefix))
        }
    }

    /// A document's list entry, its links made by putting `rootPrefix` before each path from the site root.
    private func summaryView(_ index: Int, rootPrefix: String) -> DocumentSummaryView {
        let document = hub.documents[index]
        let state = hub.states[index]
        return DocumentSummaryView(href: LinkPaths.link(rootPrefix: rootPrefix, to: document.sitePath), title: document.title,
                                   kind: document.kind.rawValue, kindLabel: document.kind.singularName, summary: document.summary,
                                   publishedISO: document.published?.description, publishedLong: document.published?.longForm,
                                   themes: themeTags(document, rootPrefix: rootPrefix), isWithdrawn: state == .withdrawn,
                                   isDraft: state == .draft)
    }

    private func mentionsRootMarker(_ view: DocumentSummaryView) -> Bool {
        ([view.title, view.summary, view.kindLabel, view.publishedLong ?? ""] + view.themes.map(\.title)).contains(where: RootMarker.occurs)
    }

    private func header(_ document: Document, state: PublicationState, from page: String) -> DocumentHeaderView {
        var facts: [FactView] = []
        if let review = document.review {
            facts.append(FactView(label: "Review type", value: review.reviewType.displayName,
                                  href: rel(page, "review-types/\(review.reviewType.rawValue)/")))
        }
        if let id = document.committeeID, let committee = hub.config.committee(id) {
            facts.append(FactView(label: "Committee", value: committee.name, href: rel(page, "committees/\(id)/")))
        }
        if let review = document.review {
            if let outcome = review.outcome { facts.append(FactView(label: "Outcome", value: outcome.displayName, href: nil)) }
            if let age = review.ageBand { facts.append(FactView(label: "Age", value: age.displayName, href: nil)) }
            if let method = review.methodology { facts.append(FactView(label: "Methodology", value: method, href: nil)) }
        }
        if !document.audience.isEmpty {
            facts.append(FactView(label: "Audience", value: document.audience.map(Self.humanise).joined(separator: ", "), href: nil))
        }
        return DocumentHeaderView(kind: document.kind.rawValue, kindLabel: document.kind.singularName, summary: document.summary,
                                  publishedISO: document.published?.description, publishedLong: document.published?.longForm,
                                  updatedISO: document.updated?.description, updatedLong: document.updated?.longForm,
                                  themes: themeTags(document, from: page), facts: facts,
                                  isWithdrawn: state == .withdrawn, isDraft: state == .draft)
    }

    private func recommendation(_ item: Recommendation) -> RecommendationView {
        RecommendationView(id: item.id, text: item.text, target: item.target.displayName, category: item.category.displayName,
                           status: item.status.displayName, statusID: item.status.rawValue, owner: item.owner,
                           dueISO: item.due?.description, dueLong: item.due?.longForm, isOverdue: item.isOverdue(on: hub.today))
    }

    func themeTags(_ document: Document, from page: String) -> [ThemeTagView] {
        themeTags(document, rootPrefix: LinkPaths.rootPrefix(of: page))
    }

    private func themeTags(_ document: Document, rootPrefix: String) -> [ThemeTagView] {
        document.learningThemeIDs.compactMap { id in
            hub.config.learningTheme(id).map { ThemeTagView(href: LinkPaths.link(rootPrefix: rootPrefix, to: "themes/\(id)/"), title: $0.title) }
        }
    }

    private func counted(href: String, label: String, count: Int, description: String = "") -> CountedLinkView {
        CountedLinkView(href: href, label: label, count: count, description: description, countLabel: Self.countLabel(count))
    }

    /// Drafts shown in a preview appear on their own pages but are not counted or listed.
    func isPublic(_ index: Int) -> Bool { hub.isPublic(index) }
    private func publicOnly(_ indices: [Int]?) -> [Int] { (indices ?? []).filter(isPublic) }
    private func publicCount(_ indices: [Int]?) -> Int { publicOnly(indices).count }

    func rel(_ page: String, _ target: String) -> String {
        LinkPaths.relative(from: page, to: target)
    }

    static func countLabel(_ count: Int) -> String { count == 1 ? "1 document" : "\(count) documents" }

    static func humanise(_ id: String) -> String {
        let text = id.replacingOccurrences(of: "-", with: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

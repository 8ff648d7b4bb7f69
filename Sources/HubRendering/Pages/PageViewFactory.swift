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
        let pages = hub.documents(hub.documentsByKind[.page])
        let about = pages.first { $0.slug == "about" }
        aboutPath = about?.sitePath
        supportPath = about.map { page in
            let heading = page.content.headings.first { $0.text.lowercased().contains("support") }
            return page.sitePath + (heading.map { "#" + $0.anchor } ?? "")
        }
        accessibilityPath = pages.first { $0.slug == "accessibility" || $0.slug == "accessibility-statement" }?.sitePath
    }

    // MARK: Parts

    /// The layout of `page`: on a later page of a list (`listPage`), the title and the breadcrumbs say
    /// which page it is, and the head links the pages before and after it.
    func layout(for page: String, title: String, description: String?, pageType: String,
                breadcrumbs: [LinkView], isDraft: Bool = false, feeds: [FeedLinkView] = [], listPage: ListPage? = nil) -> LayoutView {
        let chrome = self.chrome(for: page)
        var crumbs = breadcrumbs, crumb = title, headTitle = page.isEmpty ? title : "\(title) – \(hub.config.title)"
        if let listPage, !listPage.isFirst {
            crumbs.append(LinkView(href: listPage.href(to: 1), label: title))
            crumb = "Page \(listPage.number) of \(listPage.count)"
            headTitle = "\(title), page \(listPage.number) of \(listPage.count) – \(hub.config.title)"
        }
        let previous = listPage.flatMap { $0.number > 1 ? $0.href(to: $0.number - 1) : nil }
        let next = listPage.flatMap { $0.number < $0.count ? $0.href(to: $0.number + 1) : nil }
        return LayoutView(site: chrome.site, root: LinkPaths.rootPrefix(of: page), title: title, headTitle: headTitle,
                          metaDescription: description.flatMap { $0.isEmpty ? nil : $0 },
                          canonicalURL: hub.config.baseURL + page,
                          siteHeader: chrome.headerHTML, siteFooter: chrome.footerHTML,
                          breadcrumbs: crumbs, hasBreadcrumbs: !crumbs.isEmpty, crumb: crumb, previousHref: previous,
                          nextHref: next, pageType: "page-" + pageType, isDraft: isDraft,
                          feeds: [FeedLinkView(href: rel(page, SitePaths.feed), title: "\(hub.config.title): all new learning")] + feeds)
    }

    /// The site facts, header and footer of `page`: the same for every page of its section at its depth.
    private func chrome(for page: String) -> SiteChrome {
        let section = page.split(separator: "/").first.map(String.init) ?? ""
        return chromeCache.value(for: ChromeKey(section: section, depth: LinkPaths.depth(of: page))) {
            var nav = [(SitePaths.themes, "Themes", "themes"), (SitePaths.kind(.review), "Reviews", "reviews"),
                       (SitePaths.kind(.brief), "Learning briefs", "briefs"),
                       (SitePaths.kind(.briefing), "Seven-minute briefings", "briefings"), (SitePaths.search, "Search", "search")]
            if let aboutPath { nav.append((aboutPath, "About", String(aboutPath.dropLast()))) }
            let site = SiteView(title: hub.config.title, description: hub.config.description, language: hub.config.language,
                                baseURL: hub.config.baseURL, accessibilityHref: accessibilityPath.map { rel(page, $0) },
                                aboutHref: aboutPath.map { rel(page, $0) })
            let view = SiteChromeView(site: site, root: LinkPaths.rootPrefix(of: page), homeHref: rel(page, SitePaths.home),
                                      nav: nav.map { NavItemView(href: rel(page, $0.0), label: $0.1, current: $0.2 == section) })
            return SiteChrome(site: site, headerHTML: render?(view, "site-header") ?? "",
                              footerHTML: render?(view, "site-footer") ?? "")
        }
    }

    func directory(page: String, title: String, intro: String, entries: [CountedLinkView]) -> DirectoryPageView {
        DirectoryPageView(layout: layout(for: page, title: title, description: intro, pageType: "directory",
                                         breadcrumbs: [LinkView(href: rel(page, SitePaths.home), label: "Home")]),
                          intro: intro, entries: entries)
    }

    func themeCounts(from page: String) -> [CountedLinkView] {
        hub.config.learningThemes.map {
            counted(href: rel(page, SitePaths.theme($0.id)), label: $0.title, count: publicCount(hub.documentsByTheme[$0.id]),
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

    /// Stands for what document `index`'s entry in lists shows: its list entry's template fields, made
    /// from the same view the lists render (with the way back to the site root left as a marker).
    func listingKey(_ index: Int) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("listing")
        summaryView(index, rootPrefix: RootMarker.text).combine(into: &hasher)
        return hasher.finalize()
    }

    /// A document's list entry, its links made by putting `rootPrefix` before each path from the site root.
    private func summaryView(_ index: Int, rootPrefix: String) -> DocumentSummaryView {
        let document = hub.documents[index]
        let state = hub.states[index]
        return DocumentSummaryView(href: LinkPaths.link(rootPrefix: rootPrefix, to: document.sitePath), title: document.title,
                                   kind: document.kind.rawValue, kindLabel: document.kind.singularName, summary: document.summary,
                                   summaryLine: document.review.flatMap { ReviewWording($0).summaryLine },
                                   publishedISO: document.published?.description, publishedLong: document.published?.longForm,
                                   themes: themeTags(document, rootPrefix: rootPrefix), isWithdrawn: state == .withdrawn,
                                   isDraft: state == .draft)
    }

    private func mentionsRootMarker(_ view: DocumentSummaryView) -> Bool {
        ([view.title, view.summary, view.kindLabel, view.summaryLine ?? "", view.publishedLong ?? ""] + view.themes.map(\.title))
            .contains(where: RootMarker.occurs)
    }

    func header(_ document: Document, state: PublicationState, from page: String) -> DocumentHeaderView {
        var facts: [FactView] = []
        if let review = document.review {
            facts.append(FactView(label: "Review type", value: review.reviewType.displayName,
                                  href: rel(page, SitePaths.reviewType(review.reviewType))))
        }
        if let id = document.committeeID, let committee = hub.config.committee(id) {
            facts.append(FactView(label: "Committee", value: committee.name, href: rel(page, SitePaths.committee(id))))
        }
        facts += document.review.map(Self.reviewFacts) ?? []
        if !document.audience.isEmpty {
            facts.append(FactView(label: "Audience", value: document.audience.map(Self.humanise).joined(separator: ", "), href: nil))
        }
        return DocumentHeaderView(kind: document.kind.rawValue, kindLabel: document.kind.singularName,
                                  summary: document.summary.isEmpty ? nil : document.summary,
                                  publishedISO: document.published?.description, publishedLong: document.published?.longForm,
                                  updatedISO: document.updated?.description, updatedLong: document.updated?.longForm,
                                  themes: themeTags(document, from: page), facts: facts,
                                  isWithdrawn: state == .withdrawn, isDraft: state == .draft)
    }

    /// What a review page states of the review besides its type and committee: who it is about, what
    /// happened, the person's age and how the review was done.
    static func reviewFacts(_ review: ReviewDetails) -> [FactView] {
        var facts = [FactView(label: "Subject", value: review.subject.displayName, href: nil)]
        if let outcome = review.outcome { facts.append(FactView(label: "Outcome", value: outcome.displayName, href: nil)) }
        if let incident = review.incident { facts.append(FactView(label: "Incident", value: incident.displayName, href: nil)) }
        if let age = review.ageBand { facts.append(FactView(label: "Age", value: age.displayName, href: nil)) }
        if let method = review.methodology { facts.append(FactView(label: "Methodology", value: method, href: nil)) }
        return facts
    }

    func recommendation(_ item: Recommendation) -> RecommendationView {
        RecommendationView(id: item.id, text: item.text, target: item.target.displayName, category: item.category.displayName,
                           status: item.status.displayName, statusID: item.status.rawValue, owner: item.owner,
                           dueISO: item.due?.description, dueLong: item.due?.longForm, isOverdue: item.isOverdue(on: hub.today))
    }

    func themeTags(_ document: Document, from page: String) -> [ThemeTagView] {
        themeTags(document, rootPrefix: LinkPaths.rootPrefix(of: page))
    }

    private func themeTags(_ document: Document, rootPrefix: String) -> [ThemeTagView] {
        document.learningThemeIDs.compactMap { id in
            hub.config.learningTheme(id).map { ThemeTagView(href: LinkPaths.link(rootPrefix: rootPrefix, to: SitePaths.theme(id)), title: $0.title) }
        }
    }

    func counted(href: String, label: String, count: Int, description: String? = nil) -> CountedLinkView {
        CountedLinkView(href: href, label: label, count: count, description: description.flatMap { $0.isEmpty ? nil : $0 },
                        countLabel: Self.countLabel(count))
    }

    /// Drafts shown in a preview appear on their own pages but are not counted or listed.
    func isPublic(_ index: Int) -> Bool { hub.isPublic(index) }
    func publicOnly(_ indices: [Int]?) -> [Int] { (indices ?? []).filter(isPublic) }
    func publicCount(_ indices: [Int]?) -> Int { publicOnly(indices).count }

    func rel(_ page: String, _ target: String) -> String {
        LinkPaths.relative(from: page, to: target)
    }

    static func countLabel(_ count: Int) -> String { ListNoun.documents.count(count) }

    static func humanise(_ id: String) -> String {
        let text = id.replacingOccurrences(of: "-", with: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A tracker row, with links relative to `page`.
    func trackerRow(_ entry: TrackedRecommendation, from page: String) -> TrackerRowView {
        let review = hub.documents[entry.reviewIndex]
        let item = entry.recommendation
        let themes = review.learningThemeIDs.compactMap { hub.config.learningTheme($0) }
        return TrackerRowView(
            reviewHref: rel(page, review.sitePath), reviewTitle: review.title,
            recommendationsHref: rel(page, review.sitePath) + "#recommendations-heading",
            id: item.id, text: item.text, target: item.target.displayName, category: item.category.displayName,
            owner: item.owner, dueISO: item.due?.description, dueLong: item.due?.longForm,
            status: item.status.displayName, statusID: item.status.rawValue, isOverdue: entry.isOverdue,
            themeIDs: themes.map(\.id).joined(separator: " "), themeNames: themes.map(\.title).joined(separator: ", "))
    }

    /// "1 review", "3 reviews", "2,013 reviews".
    static func plural(_ count: Int, _ noun: String) -> String {
        ListNoun(singular: noun, plural: noun + "s").count(count)
    }
}

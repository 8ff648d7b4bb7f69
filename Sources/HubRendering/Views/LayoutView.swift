/// What the shared page layout needs: head metadata, the site header and footer, and breadcrumbs.
public final class LayoutView: Encodable, Sendable {
    public let site: SiteView
    /// The way back to the site root from this page ("", "../", "../../"): every link is relative,
    /// so the site works under any sub-path and from a folder.
    public let root: String
    /// The page's own `h1` text and the first part of its `<title>`.
    public let title: String
    /// The `<title>`: the page title, then the hub's name (just the hub's name on the home page).
    public let headTitle: String
    /// The page's `<meta name="description">`; nil when it has nothing to say (an empty summary).
    public let metaDescription: String?
    public let canonicalURL: String
    /// The `site-header` template's HTML (site title, search box, primary navigation).
    public let siteHeader: String
    /// The `site-footer` template's HTML.
    public let siteFooter: String
    /// Ancestors of the page, from Home; empty on the home page.
    public let breadcrumbs: [LinkView]
    public let hasBreadcrumbs: Bool
    /// The last breadcrumb, this page: its title, or "Page 2 of 41" on a later page of a list.
    public let crumb: String
    /// On a page of a list: the previous and next pages, for `<link rel="prev">` and `rel="next"`.
    public let previousHref: String?
    public let nextHref: String?
    /// A CSS hook naming the page type, e.g. `page-review`.
    public let pageType: String
    /// Shown on drafts in a local preview.
    public let isDraft: Bool
    /// Atom feeds the page advertises: the hub's, and on a theme page the theme's.
    public let feeds: [FeedLinkView]

    public init(site: SiteView, root: String, title: String, headTitle: String, metaDescription: String?,
                canonicalURL: String, siteHeader: String, siteFooter: String, breadcrumbs: [LinkView],
                hasBreadcrumbs: Bool, crumb: String, previousHref: String?, nextHref: String?, pageType: String,
                isDraft: Bool, feeds: [FeedLinkView]) {
        self.site = site
        self.root = root
        self.title = title
        self.headTitle = headTitle
        self.metaDescription = metaDescription
        self.canonicalURL = canonicalURL
        self.siteHeader = siteHeader
        self.siteFooter = siteFooter
        self.breadcrumbs = breadcrumbs
        self.hasBreadcrumbs = hasBreadcrumbs
        self.crumb = crumb
        self.previousHref = previousHref
        self.nextHref = nextHref
        self.pageType = pageType
        self.isDraft = isDraft
        self.feeds = feeds
    }
}

extension LayoutView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<LayoutView>(
        .field("site") { $0.site },
        .field("root") { $0.root },
        .field("title") { $0.title },
        .field("headTitle") { $0.headTitle },
        .field("metaDescription") { $0.metaDescription },
        .field("canonicalURL") { $0.canonicalURL },
        .field("siteHeader") { $0.siteHeader },
        .field("siteFooter") { $0.siteFooter },
        .field("breadcrumbs") { $0.breadcrumbs },
        .field("hasBreadcrumbs") { $0.hasBreadcrumbs },
        .field("crumb") { $0.crumb },
        .field("previousHref") { $0.previousHref },
        .field("nextHref") { $0.nextHref },
        .field("pageType") { $0.pageType },
        .field("isDraft") { $0.isDraft },
        .field("feeds") { $0.feeds }
    )
}

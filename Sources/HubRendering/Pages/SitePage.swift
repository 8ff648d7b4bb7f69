import HubModel
import HubSupport

/// A page of the site: where it is, which template of the site theme renders it, the view it shows,
/// and what that depends on. Each kind of page is a type of its own in `Pages/Types/`, listed in
/// `SitePages`.
protocol SitePage: Sendable {
    /// The page's folder under the site root, ending in `/` ("" for the home page), from `SitePaths`.
    var path: String { get }
    /// The site theme's template that renders the page.
    var template: String { get }
    /// The view the template renders.
    func view(from factory: PageViewFactory) throws -> Any
    /// Stands for everything the page shows (besides the hub's settings, the theme and the date, which
    /// `PageKeys` adds), so that a build may keep the page from the last build while it is the same;
    /// nil for a small page made from counts, which is always rendered.
    func key(from keys: PageKeys) -> Fingerprint?
    /// The page's entry in the sitemap, or nil to leave it out.
    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry?
}

extension SitePage {
    /// By default a page is dated by the newest learning of the hub.
    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        SitemapDates.Entry(lastModified: dates.newest)
    }
}

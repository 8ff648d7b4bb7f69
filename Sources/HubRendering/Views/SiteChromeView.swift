/// What the site header and footer show: the same on every page of a section at a folder depth,
/// so they are rendered once per section and depth rather than once per page.
///
/// The `site-header` and `site-footer` templates see only these fields, never the page's own,
/// which is what makes their output safe to share between pages.
public final class SiteChromeView: Encodable, Sendable {
    public let site: SiteView
    /// The way back to the site root ("", "../", "../../").
    public let root: String
    /// Link to the home page.
    public let homeHref: String
    public let nav: [NavItemView]

    public init(site: SiteView, root: String, homeHref: String, nav: [NavItemView]) {
        self.site = site
        self.root = root
        self.homeHref = homeHref
        self.nav = nav
    }
}

extension SiteChromeView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<SiteChromeView>(
        .field("site") { $0.site },
        .field("root") { $0.root },
        .field("homeHref") { $0.homeHref },
        .field("nav") { $0.nav }
    )
}

/// The parts of the layout shared by every page of a section at one folder depth.
struct SiteChrome: Sendable {
    let site: SiteView
    /// The `site-header` template rendered for the section and depth.
    let headerHTML: String
    /// The `site-footer` template rendered for the depth.
    let footerHTML: String
}

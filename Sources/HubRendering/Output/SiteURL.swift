import HubModel

/// Absolute URLs, for the formats that demand them (feeds, the sitemap, the catalogue).
///
/// Pages themselves link relatively (see `LinkPaths`); only machine-read files use these.
enum SiteURL {
    /// `https://example.org/learning-hub/reviews/child-a/` for the site path `reviews/child-a/`.
    static func absolute(_ sitePath: String, in config: HubConfig) -> String {
        config.baseURL + sitePath
    }
}

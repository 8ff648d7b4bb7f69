/// One `<url>` of a sitemap.
struct SitemapURL: Sendable, Hashable {
    /// Absolute URL.
    let location: String
    /// `YYYY-MM-DD`, when the page's content has a known date.
    let lastModified: String?

    var xml: String {
        var line = "  <url><loc>\(XMLText.escape(location))</loc>"
        if let lastModified { line += "<lastmod>\(lastModified)</lastmod>" }
        return line + "</url>"
    }
}

/// Relative links between pages of the site.
public enum LinkPaths {
    /// "../../" for a page at `reviews/child-a/`; "" for the home page.
    public static func rootPrefix(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count)
    }

    /// The link from the page at `page` to `target` (both relative to the site root; "" is the home page).
    /// The home page is linked as `./` (or `../`...), never as an empty href.
    public static func relative(from page: String, to target: String) -> String {
        let link = rootPrefix(of: page) + target
        return link.isEmpty ? "./" : link
    }
}

/// Relative links between pages of the site.
public enum LinkPaths {
    /// "../../" for a page at `reviews/child-a/`; "" for the home page.
    public static func rootPrefix(of page: String) -> String {
        let depth = depth(of: page)
        return depth < prefixes.count ? prefixes[depth] : String(repeating: "../", count: depth)
    }

    private static let prefixes = (0..<16).map { String(repeating: "../", count: $0) }

    /// The number of non-empty path segments of `page`, counted on its bytes (this runs for every link of every page).
    public static func depth(of page: String) -> Int {
        var depth = 0
        var inSegment = false
        for byte in page.utf8 {
            if byte == UInt8(ascii: "/") {
                inSegment = false
            } else if !inSegment {
                inSegment = true
                depth += 1
            }
        }
        return depth
    }

    /// The link from the page at `page` to `target` (both relative to the site root; "" is the home page).
    /// The home page is linked as `./` (or `../`...), never as an empty href.
    public static func relative(from page: String, to target: String) -> String {
        link(rootPrefix: rootPrefix(of: page), to: target)
    }

    /// The link to `target` (a path from the site root) from a page whose way back to the root is `rootPrefix`.
    public static func link(rootPrefix: String, to target: String) -> String {
        let link = rootPrefix + target
        return link.isEmpty ? "./" : link
    }
}

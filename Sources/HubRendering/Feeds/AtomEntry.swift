/// One entry of an Atom feed: a review, learning brief or seven-minute briefing.
struct AtomEntry: Sendable, Hashable {
    /// A permanent id: the absolute URL of the page (URLs of the hub are stable by design).
    let id: String
    let title: String
    /// RFC 3339 timestamps.
    let updated: String
    let published: String
    /// Absolute URL of the page.
    let link: String
    let summary: String
    /// The committee that published it, if any; otherwise the feed's author applies.
    let authorName: String?
    /// Learning themes, as (term, label).
    let categories: [AtomCategory]

    /// The `<entry>` element, indented for a feed.
    var xml: String {
        var lines = ["  <entry>",
                     "    <id>\(XMLText.escape(id))</id>",
                     "    <title type=\"text\">\(XMLText.escape(title))</title>",
                     "    <updated>\(updated)</updated>",
                     "    <published>\(published)</published>",
                     "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(link))\"/>"]
        if let authorName {
            lines.append("    <author><name>\(XMLText.escape(authorName))</name></author>")
        }
        if !summary.isEmpty {
            lines.append("    <summary type=\"text\">\(XMLText.escape(summary))</summary>")
        }
        lines += categories.map { "    " + $0.xml }
        lines.append("  </entry>")
        return lines.joined(separator: "\n")
    }
}

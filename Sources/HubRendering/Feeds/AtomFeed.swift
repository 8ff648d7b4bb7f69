/// An Atom 1.0 feed (RFC 4287): the metadata every feed needs and its entries, newest first.
struct AtomFeed: Sendable {
    /// A permanent id: the feed's own absolute URL.
    let id: String
    let title: String
    let subtitle: String
    /// RFC 3339: the latest `updated` of the entries, or the build date when there are none.
    let updated: String
    /// Absolute URL of the feed itself (`rel="self"`).
    let selfLink: String
    /// Absolute URL of the HTML page the feed follows (`rel="alternate"`).
    let alternateLink: String
    let authorName: String
    let authorURI: String
    let language: String
    let entries: [AtomEntry]

    /// The XML document, UTF-8.
    var xml: String {
        var lines = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                     "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(XMLText.escape(language))\">",
                     "  <id>\(XMLText.escape(id))</id>",
                     "  <title type=\"text\">\(XMLText.escape(title))</title>"]
        if !subtitle.isEmpty {
            lines.append("  <subtitle type=\"text\">\(XMLText.escape(subtitle))</subtitle>")
        }
        lines += ["  <updated>\(updated)</updated>",
                  "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(selfLink))\"/>",
                  "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(alternateLink))\"/>",
                  "  <author><name>\(XMLText.escape(authorName))</name><uri>\(XMLText.escape(authorURI))</uri></author>",
                  "  <generator>learning-hub</generator>"]
        lines += entries.map(\.xml)
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }
}

import HubSupport

/// What the search client shows for one result, in `search/index/docs/<n>.json`.
struct SearchDocumentSummary: Encodable {
    let url: String
    let title: String
    let type: String
    let summary: String
    let published: String?
    let themes: [String]
    /// Where the document's text lies in its group's text file, as `[start, length]` in bytes (one
    /// gzip member); nil when the text is withdrawn, and excerpts then come from the summary.
    let text: [Int]?

    /// What a result shows of the document of `record`, whose text is `text` in its group's file.
    init(_ record: SearchDocumentRecord, text: Range<Int>?) {
        self.init(url: record.url, title: record.title, type: record.type, summary: record.summary,
                  published: record.published, themes: record.themes, text: text.map { [$0.lowerBound, $0.count] })
    }

    init(url: String, title: String, type: String, summary: String, published: String?, themes: [String], text: [Int]?) {
        self.url = url
        self.title = title
        self.type = type
        self.summary = summary
        self.published = published
        self.themes = themes
        self.text = text
    }

    /// Writes the summary as `JSONEncoder` (sorted keys) would encode it.
    func write(to json: inout CompactJSON) {
        json.beginObject()
        json.field("published", published)
        json.field("summary", summary)
        if let text {
            json.key("text")
            json.beginArray()
            for number in text { json.int(number) }
            json.endArray()
        }
        json.key("themes")
        json.strings(themes)
        json.field("title", title)
        json.field("type", type)
        json.field("url", url)
        json.endObject()
    }
}

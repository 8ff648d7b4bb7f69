/// What the search client shows for one result, in `search/index/docs/<n>.json`.
struct SearchDocumentSummary: Encodable {
    let url: String
    let title: String
    let type: String
    let summary: String
    let published: String?
    let themes: [String]
    /// False when the text is withdrawn: excerpts then come from the summary.
    let text: Bool

    /// What a result shows of the document of `record`.
    init(_ record: SearchDocumentRecord, hasText: Bool) {
        self.init(url: record.url, title: record.title, type: record.type, summary: record.summary,
                  published: record.published, themes: record.themes, text: hasText)
    }

    init(url: String, title: String, type: String, summary: String, published: String?, themes: [String], text: Bool) {
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
        json.key("text")
        json.bool(text)
        json.key("themes")
        json.strings(themes)
        json.field("title", title)
        json.field("type", type)
        json.field("url", url)
        json.endObject()
    }
}

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

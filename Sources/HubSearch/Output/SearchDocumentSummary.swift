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
}

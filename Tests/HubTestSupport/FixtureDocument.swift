/// The source text of hub documents: YAML front matter between `---` lines, then Markdown.
///
/// `review`, `brief`, `briefing` and `page` are the smallest well-formed documents of each kind for
/// `HubYAML.testHub`, with values written as given (so a test can write a malformed one). Their lines
/// are fixed so that tests can count them: each `extra` item adds one line to the front matter, and
/// the body starts right after the closing `---`.
public enum FixtureDocument {
    /// A document with `frontMatter` (one string a field; a field may run over several lines).
    public static func text(frontMatter: [String], body: String) -> String {
        "---\n" + frontMatter.map { $0 + "\n" }.joined() + "---\n" + body
    }

    /// A YAML flow list: `[a, b]`.
    public static func list(_ items: [String]) -> String {
        "[\(items.joined(separator: ", "))]"
    }

    /// Front matter is lines 1-9 plus `extra`.
    public static func review(title: String = "Learning review of Child A", published: String = "2023-06-14",
                              themes: [String] = ["neglect"], committee: String = "north-shire-cpc",
                              reviewType: String = "learning-review", extra: [String] = [],
                              body: String = "The review found that worries stayed separate.\n") -> String {
        text(frontMatter: opening(title: title, summary: "What the review of \(title) found.", published: published, themes: themes)
             + ["committee: \(committee)", "review_type: \(reviewType)", "anonymised: true"] + extra, body: body)
    }

    /// Front matter is lines 1-7 plus `extra`.
    public static func brief(title: String = "Learning brief", published: String = "2023-07-01",
                             themes: [String] = ["neglect"], extra: [String] = [],
                             body: String = "What to take away.\n") -> String {
        text(frontMatter: opening(title: title, summary: "The learning in brief.", published: published, themes: themes)
             + ["anonymised: true"] + extra, body: body)
    }

    /// The headings of a briefing's sections, in order; past the seventh, "Extra".
    public static let briefingSectionTitles = ["Background", "Why it matters", "Information", "What it means for practice",
                                               "Questions to consider", "What to do", "Further information", "Extra"]

    /// Front matter is lines 1-7 plus `extra`; with no extra lines the body starts on line 8 with
    /// "Intro paragraph." and section `i` (0-based) has its heading on line 10 + 4 * i.
    public static func briefing(title: String = "Seven-minute briefing", published: String = "2024-01-10",
                                themes: [String] = ["neglect"], sections: Int = 7, wordsPerSection: Int = 3,
                                extra: [String] = []) -> String {
        var body = "Intro paragraph.\n"
        for index in 0..<sections {
            let heading = index < briefingSectionTitles.count ? briefingSectionTitles[index] : "Section \(index + 1)"
            body += "\n## \(heading)\n\n" + Array(repeating: "word", count: wordsPerSection).joined(separator: " ") + "\n"
        }
        return text(frontMatter: opening(title: title, summary: "A briefing to read aloud.", published: published, themes: themes)
                    + ["anonymised: true"] + extra, body: body)
    }

    /// Lines 2-5 of a review, brief or briefing.
    private static func opening(title: String, summary: String, published: String, themes: [String]) -> [String] {
        ["title: \(title)", "summary: \(summary)", "published: \(published)", "themes: \(list(themes))"]
    }

    /// Front matter is line 2 (the title) plus `extra`.
    public static func page(title: String = "About", extra: [String] = [], body: String = "About this hub.\n") -> String {
        text(frontMatter: ["title: \(title)"] + extra, body: body)
    }

    /// One item of a review's `recommendations:` list, five lines plus one each for `owner` and `due`.
    public static func recommendation(_ id: String, text: String, target: String = "multi-agency", category: String,
                                      status: String, owner: String? = nil, due: String? = nil) -> String {
        var lines = ["  - id: \(id)", "    text: \"\(text)\"", "    target: \(target)", "    category: \(category)",
                     "    status: \(status)"]
        if let owner { lines.append("    owner: \"\(owner)\"") }
        if let due { lines.append("    due: \(due)") }
        return lines.joined(separator: "\n")
    }
}

/// The documents of the Test Shire hub (`HubYAML.testShire`), which the site and preview tests build:
/// a review of Child A with two recommendations, a brief and a seven-minute briefing from it, and
/// two pages.
///
/// In every document the themes are on line 6, and `extra` takes the line before the closing
/// `---` (left blank when there is nothing to add), so a brief's body starts on line 12.
public enum TestShire {
    public static func review(title: String = "Learning review of Child A", published: String = "2024-03-05",
                              themes: [String] = ["neglect", "information-sharing"], extra: String = "",
                              body: String = "## Findings\n\nAgencies held separate pieces of the picture.\n") -> String {
        FixtureDocument.text(frontMatter: [
            "title: \"\(title)\"",
            "summary: \"A review of long-standing neglect seen in part by several agencies.\"",
            "published: \(published)",
            "committee: test-cpc",
            "themes: \(FixtureDocument.list(themes))",
            "review_type: learning-review",
            "age_band: 3-4",
            "outcome: serious-harm",
            "methodology: Systems review",
            "anonymised: true",
            "recommendations:",
            FixtureDocument.recommendation(
                "R1", text: "Health and education should share attendance concerns within five working days.",
                category: "policy", status: "in-progress", owner: "Health and Social Care Partnership", due: "2024-12-31"),
            FixtureDocument.recommendation(
                "R2", text: "The committee should audit screening decisions for repeated concern reports.",
                target: "committee", category: "audit", status: "complete", due: "2024-01-31"),
            extra,
        ], body: "\n" + body)
    }

    public static func brief(title: String = "Learning brief: Child A", review: String = "child-a", published: String = "2024-04-01",
                             themes: [String] = ["neglect"], extra: String = "",
                             body: String = "## What happened\n\nSee [the review](../reviews/child-a.md#findings).\n") -> String {
        FixtureDocument.text(frontMatter: [
            "title: \"\(title)\"",
            "summary: \"What practitioners can learn from the review of Child A.\"",
            "published: \(published)",
            "committee: test-cpc",
            "themes: \(FixtureDocument.list(themes))",
            "review: \(review)",
            "anonymised: true",
            extra,
        ], body: "\n" + body)
    }

    /// The seven sections a briefing must have, in order.
    public static let briefingSections = ["Background", "Why it matters", "Information", "What it means for practice",
                                          "Questions to consider", "What to do", "Further information"]

    /// Each section has one paragraph: `background` under "Background", a sentence naming the section under the others.
    public static func briefing(title: String = "Seven-minute briefing: Child A", review: String = "child-a",
                                published: String = "2024-05-01", themes: [String] = ["neglect", "transitions"],
                                sections: [String] = briefingSections,
                                background: String = "Agencies saw the neglect in pieces.", extra: String = "") -> String {
        let body = sections.map { heading in
            let paragraph = heading == "Background" ? background : "A short paragraph about \(heading.lowercased())."
            return "## \(heading)\n\n\(paragraph)\n"
        }
        return FixtureDocument.text(frontMatter: [
            "title: \"\(title)\"",
            "summary: \"A seven-minute briefing on the review of Child A.\"",
            "published: \(published)",
            "review: \(review)",
            "themes: \(FixtureDocument.list(themes))",
            "anonymised: true",
            extra,
        ], body: "\n" + body.joined(separator: "\n"))
    }

    /// The whole hub but `hub.yaml`: the review, brief and briefing of Child A, an about page and an
    /// accessibility statement.
    public static let standardFiles: [String: String] = [
        "reviews/child-a.md": review(),
        "briefs/child-a-brief.md": brief(),
        "briefings/child-a-briefing.md": briefing(),
        "pages/about.md": FixtureDocument.page(
            title: "About this hub", extra: ["summary: What the hub is for."],
            body: "\nThe hub holds learning.\n\n## Support if you are affected\n\nTalk to your manager.\n"),
        "pages/accessibility.md": FixtureDocument.page(title: "Accessibility statement", body: "\nWe aim for WCAG 2.2 AA.\n"),
    ]
}

import Testing
@testable import HubMarkdown

@Suite("RenderedMarkdown.level2Sections")
struct RenderedMarkdownTests {
    let renderer = MarkdownRenderer()

    @Test func splitsAtLevel2HeadingsWithPreamble() throws {
        let source = """
        Read this to your team.

        ## Background

        Child A was *four*.

        ### Detail

        More.

        ## Why it matters

        - a point
        """
        let (preamble, sections) = renderer.render(source).level2Sections()
        #expect(preamble == "<p>Read this to your team.</p>\n")
        try #require(sections.count == 2)
        #expect(sections[0].heading == MarkdownHeading(level: 2, text: "Background", anchor: "background", line: 3))
        #expect(sections[0].headingHTML == "Background")
        #expect(sections[0].bodyHTML == "\n<p>Child A was <em>four</em>.</p>\n<h3 id=\"detail\">Detail</h3>\n<p>More.</p>\n")
        #expect(sections[1].heading == MarkdownHeading(level: 2, text: "Why it matters", anchor: "why-it-matters", line: 11))
        #expect(sections[1].headingHTML == "Why it matters")
        #expect(sections[1].bodyHTML == "\n<ul>\n<li>a point</li>\n</ul>\n")
    }

    @Test func headingHTMLKeepsInlineMarkup() throws {
        let (preamble, sections) = renderer.render("## What *to* do\n\nAct.").level2Sections()
        #expect(preamble == "")
        let section = try #require(sections.first)
        #expect(section.headingHTML == "What <em>to</em> do")
        #expect(section.bodyHTML == "\n<p>Act.</p>\n")
    }

    @Test func duplicateHeadingsAreSplitByTheirUniqueAnchors() {
        let (_, sections) = renderer.render("## Notes\n\none\n\n## Notes\n\ntwo\n").level2Sections()
        #expect(sections.map(\.heading.anchor) == ["notes", "notes-2"])
        #expect(sections.map(\.bodyHTML) == ["\n<p>one</p>\n", "\n<p>two</p>\n"])
    }

    @Test func withoutLevel2HeadingsEverythingIsPreamble() {
        let rendered = renderer.render("# Top\n\n### Small\n\nText.")
        let (preamble, sections) = rendered.level2Sections()
        #expect(sections.isEmpty)
        #expect(preamble == rendered.html)
    }

    @Test func sevenSectionBriefingSplitsIntoSeven() {
        let titles = ["Background", "Why it matters", "Information", "What it means for practice",
                      "Questions to consider", "What to do", "Further information"]
        let source = titles.map { "## \($0)\n\nAbout \($0.lowercased()).\n" }.joined(separator: "\n")
        let (preamble, sections) = renderer.render(source).level2Sections()
        #expect(preamble == "")
        #expect(sections.map(\.headingHTML) == titles)
        #expect(sections.map(\.heading.anchor) == ["background", "why-it-matters", "information", "what-it-means-for-practice",
                                                   "questions-to-consider", "what-to-do", "further-information"])
        #expect(sections.last?.bodyHTML == "\n<p>About further information.</p>\n")
    }

    @Test func joiningPreambleAndSectionsRebuildsTheHTML() {
        let rendered = renderer.render("Intro\n\n## A\n\nx\n\n| t |\n| - |\n| 1 |\n\n## B\n\ny\n")
        let (preamble, sections) = rendered.level2Sections()
        let rebuilt = preamble + sections.map { "<h2 id=\"\($0.heading.anchor)\">\($0.headingHTML)</h2>\($0.bodyHTML)" }.joined()
        #expect(rebuilt == rendered.html)
    }
}

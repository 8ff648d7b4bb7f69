import Foundation
import Testing
@testable import HubMarkdown

@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    // MARK: GitHub-flavoured Markdown

    @Test func attachesTheGFMExtensions() {
        #expect(MarkdownRenderer.extensionNames == ["table", "strikethrough", "autolink", "tasklist", "tagfilter"])
    }

    @Test func paragraphAndEmphasis() {
        let result = renderer.render("Some *emphasis* and **strong** text.")
        #expect(result.html == "<p>Some <em>emphasis</em> and <strong>strong</strong> text.</p>\n")
    }

    @Test func tableIsRenderedInsideAScrollableRegion() {
        let source = """
        | Agency | Role |
        | --- | --- |
        | Health | Visits |
        """
        let result = renderer.render(source)
        #expect(result.html == """
        <div class="table-wrap" tabindex="0" role="region" aria-label="Table 1"><table>
        <thead>
        <tr>
        <th>Agency</th>
        <th>Role</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>Health</td>
        <td>Visits</td>
        </tr>
        </tbody>
        </table></div>

        """)
    }

    @Test func twoTablesAreEachWrapped() {
        let source = "| a |\n| - |\n| 1 |\n\nBetween.\n\n| b |\n| - |\n| 2 |\n"
        let html = renderer.render(source).html
        #expect(html.components(separatedBy: "<div class=\"table-wrap\"").count - 1 == 2)
        #expect(html.components(separatedBy: "</table></div>").count - 1 == 2)
        #expect(html.contains("<p>Between.</p>"))
    }

    @Test func literalTableTagInTextIsEscapedNotWrapped() {
        let html = renderer.render("Write `<table>` or &lt;table&gt; in text.").html
        #expect(html == "<p>Write <code>&lt;table&gt;</code> or &lt;table&gt; in text.</p>\n")
        #expect(!html.contains("table-wrap"))
    }

    /// Renders `source`, retrying a few times if `marker` is missing.
    ///
    /// cmark-gfm keeps the table of inline special characters (`~` for strikethrough,
    /// `:` and `w` for autolinks) in a process-wide global that every parser adds to and
    /// removes from, so a render running at the same time as another one (other tests
    /// run in parallel) can miss strikethrough or autolinks. That race is reported as a
    /// bug; retrying keeps these tests about the renderer's output, not the race.
    func renderInlineExtension(_ source: String, expecting marker: String) -> RenderedMarkdown {
        var result = renderer.render(source)
        for _ in 0..<10 where !result.html.contains(marker) {
            result = renderer.render(source)
        }
        return result
    }

    @Test func strikethroughBecomesDel() {
        #expect(renderInlineExtension("~~old advice~~ new advice", expecting: "<del>").html == "<p><del>old advice</del> new advice</p>\n")
    }

    @Test func bareHTTPSURLBecomesALink() {
        let result = renderInlineExtension("See https://example.org/report for more.", expecting: "<a ")
        #expect(result.html == "<p>See <a href=\"https://example.org/report\">https://example.org/report</a> for more.</p>\n")
        #expect(result.links == [MarkdownLink(destination: "https://example.org/report", line: 1, column: 5, isImage: false)])
    }

    @Test func bareWWWURLBecomesAnHTTPLink() {
        let html = renderInlineExtension("Visit www.example.org today.", expecting: "<a ").html
        #expect(html == "<p>Visit <a href=\"http://www.example.org\">www.example.org</a> today.</p>\n")
    }

    /// cmark-gfm's boxes have no label; each gets one saying whether it is ticked (axe's `label` rule).
    @Test func taskListItemsGetCheckboxes() {
        let html = renderer.render("- [x] Read the review\n- [ ] Discuss it in supervision\n").html
        #expect(html == """
        <ul>
        <li><input aria-label="Done" type="checkbox" checked="" disabled="" /> Read the review</li>
        <li><input aria-label="Not done" type="checkbox" disabled="" /> Discuss it in supervision</li>
        </ul>

        """)
    }

    /// Every alignment GFM has (`:-`, `-:`, `:-:`, none) becomes a class: no `align` attribute (obsolete
    /// in HTML) and no `style` (which the Content-Security-Policy forbids).
    @Test func columnAlignmentIsAClass() {
        let result = renderer.render("| a | b | c | d |\n|:-|-:|:-:|--|\n| 1 | 2 | 3 | 4 |\n")
        #expect(!result.html.contains("align=") && !result.html.contains("style="))
        #expect(result.html.contains("<th class=\"align-left\">a</th>"))
        #expect(result.html.contains("<th class=\"align-right\">b</th>"))
        #expect(result.html.contains("<th class=\"align-center\">c</th>"))
        #expect(result.html.contains("<th>d</th>"))
        #expect(result.html.contains("<td class=\"align-right\">2</td>"))
        #expect(result.html.contains("<td class=\"align-center\">3</td>"))
    }

    /// A heading never takes an id the page uses, nor the shape of a footnote's id.
    @Test func headingAnchorsAvoidThePagesIdsAndFootnotes() {
        let renderer = MarkdownRenderer(reservedAnchors: ["main", "related-learning-heading"])
        let result = renderer.render("## Main\n\n## Related learning heading\n\n## fn 1\n\n## Fnref 1\n\nText.[^1]\n\n[^1]: A note.\n")
        #expect(result.headings.map(\.anchor) == ["main-2", "related-learning-heading-2", "section-fn-1", "section-fnref-1"])
        let ids = result.html.matches(of: #/id="([^"]+)"/#).map { String($0.1) }
        #expect(ids.contains("fn-1") && ids.contains("fnref-1"))
        #expect(Set(ids).count == ids.count)
    }

    @Test func footnotesAreCollectedInAFootnotesSection() {
        let result = renderer.render("The panel met twice.[^1]\n\n[^1]: In March and May.\n")
        #expect(result.html.contains("<section class=\"footnotes\" data-footnotes>\n<h2 class=\"visually-hidden\">Notes</h2>\n<ol>"))
        #expect(result.html.contains("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>"))
        #expect(result.html.contains("<li id=\"fn-1\">"))
        #expect(result.html.contains("<p>In March and May. <a href=\"#fnref-1\""))
        // Footnote references are not links an author wrote.
        #expect(result.links.isEmpty)
    }

    @Test func tagfilterTagsNeverAppearRaw() {
        let source = "<title>x</title>\n\n<textarea>y</textarea>\n\nText <iframe src=\"https://evil.example\"></iframe> and <style>p{}</style>.\n"
        let html = renderer.render(source).html
        for tag in ["<title", "<textarea", "<iframe", "<style", "<xmp", "<noembed", "<noframes", "<script", "<plaintext"] {
            #expect(!html.contains(tag), "\(tag) leaked into \(html)")
        }
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    // MARK: Safety

    @Test func rawHTMLBlockIsOmitted() {
        let html = renderer.render("<script>alert(1)</script>\n\nAfter.").html
        #expect(html == "<!-- raw HTML omitted -->\n<p>After.</p>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)"))
    }

    @Test func rawInlineHTMLIsOmitted() {
        let html = renderer.render("Hello <img src=x onerror=alert(1)> there").html
        #expect(html == "<p>Hello <!-- raw HTML omitted --> there</p>\n")
        #expect(!html.contains("onerror"))
        #expect(!html.contains("<img"))
    }

    @Test func javascriptLinkGetsAnEmptyHref() {
        let result = renderer.render("[x](javascript:alert(1))")
        #expect(result.html == "<p><a href=\"\">x</a></p>\n")
        // The link is still reported as written, so it can be checked.
        #expect(result.links.map(\.destination) == ["javascript:alert(1)"])
    }

    @Test(arguments: ["vbscript:msgbox(1)", "file:///etc/passwd", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4="])
    func unsafeLinkSchemesAreEmptied(destination: String) {
        #expect(renderer.render("[x](\(destination))").html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func dataImagesAreKeptButDataLinksAreNot() {
        let image = renderer.render("![dot](data:image/png;base64,AAAA)").html
        #expect(image == "<p><img src=\"data:image/png;base64,AAAA\" alt=\"dot\" /></p>\n")
    }

    @Test func unsafeReplacementFromRewriteIsStillEmptied() {
        let html = renderer.render("[x](a.md)") { _ in "javascript:alert(1)" }.html
        #expect(html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func textIsEscaped() {
        #expect(renderer.render("Tom & Jerry say \"hi\" <3").html == "<p>Tom &amp; Jerry say &quot;hi&quot; &lt;3</p>\n")
    }

    // MARK: Headings

    @Test func headingsGetUniqueIDsAndAreListed() {
        let source = """
        # Child A

        ## Background

        Some text.

        ## Background

        ### Why *it* matters
        """
        let result = renderer.render(source)
        #expect(result.headings == [
            MarkdownHeading(level: 1, text: "Child A", anchor: "child-a", line: 1),
            MarkdownHeading(level: 2, text: "Background", anchor: "background", line: 3),
            MarkdownHeading(level: 2, text: "Background", anchor: "background-2", line: 7),
            MarkdownHeading(level: 3, text: "Why it matters", anchor: "why-it-matters", line: 9),
        ])
        #expect(result.html == """
        <h1 id="child-a">Child A</h1>
        <h2 id="background">Background</h2>
        <p>Some text.</p>
        <h2 id="background-2">Background</h2>
        <h3 id="why-it-matters">Why <em>it</em> matters</h3>

        """)
    }

    @Test func setextHeadingsAndAllLevels() {
        let source = "Title\n=====\n\nPart\n----\n\n#### Four\n\n##### Five\n\n###### Six\n"
        let result = renderer.render(source)
        #expect(result.headings.map(\.level) == [1, 2, 4, 5, 6])
        #expect(result.headings.map(\.line) == [1, 4, 7, 9, 11])
        #expect(result.headings.map(\.anchor) == ["title", "part", "four", "five", "six"])
        #expect(result.html.contains("<h6 id=\"six\">Six</h6>"))
    }

    @Test func headingTextDropsInlineMarkup() throws {
        let result = renderer.render("## Use `grep` and [the guide](guide.md) **now**")
        let heading = try #require(result.headings.first)
        #expect(heading.text == "Use grep and the guide now")
        #expect(heading.anchor == "use-grep-and-the-guide-now")
        #expect(result.links == [MarkdownLink(destination: "guide.md", line: 1, column: 31, isImage: false)])
    }

    @Test func headingWithoutLettersGetsSectionAnchor() {
        let result = renderer.render("## ???\n\n## !!!\n")
        #expect(result.headings.map(\.anchor) == ["section", "section-2"])
    }

    @Test func headingInsideBlockquoteAndListIsFound() {
        let result = renderer.render("> ## Quoted\n\n- item\n\n  ## Listed\n")
        #expect(result.headings.map(\.text) == ["Quoted", "Listed"])
        #expect(result.headings.map(\.line) == [1, 5])
        #expect(result.html.contains("<h2 id=\"quoted\">Quoted</h2>"))
        #expect(result.html.contains("<h2 id=\"listed\">Listed</h2>"))
    }

    // MARK: Links

    @Test func linksAreReportedWithLineAndColumn() {
        let source = """
        Intro line.

        See [Child A](../reviews/child-a.md) and
        the [brief](b.md), and ![Chart](../assets/chart.png).

        - [first](x.md) then [second](x.md)
        """
        let result = renderer.render(source)
        #expect(result.links == [
            MarkdownLink(destination: "../reviews/child-a.md", line: 3, column: 15, isImage: false),
            MarkdownLink(destination: "b.md", line: 4, column: 13, isImage: false),
            MarkdownLink(destination: "../assets/chart.png", line: 4, column: 33, isImage: true),
            MarkdownLink(destination: "x.md", line: 6, column: 11, isImage: false),
            MarkdownLink(destination: "x.md", line: 6, column: 31, isImage: false),
        ])
    }

    @Test func repeatedDestinationsOnLaterLinesGetTheirOwnPositions() {
        let source = "[a](same.md)\n\n[b](same.md)\n\nText.\n\n[c](same.md)\n"
        let result = renderer.render(source)
        #expect(result.links.map(\.line) == [1, 3, 7])
        #expect(result.links.map(\.column) == [5, 5, 5])
    }

    @Test func linkInTableCellAndBlockquoteIsLocated() {
        let source = """
        > Quoted [q](quote.md)

        | Doc | Link |
        | --- | --- |
        | A | [a](a.md) |
        """
        let result = renderer.render(source)
        #expect(result.links == [
            MarkdownLink(destination: "quote.md", line: 1, column: 14, isImage: false),
            MarkdownLink(destination: "a.md", line: 5, column: 11, isImage: false),
        ])
    }

    @Test func referenceStyleLinkIsReported() {
        let result = renderer.render("See [the review][r].\n\n[r]: ../reviews/r.md\n")
        #expect(result.links.map(\.destination) == ["../reviews/r.md"])
        #expect(result.links.first?.line == 3)
        #expect(result.links.first?.column == 6)
        #expect(result.html == "<p>See <a href=\"../reviews/r.md\">the review</a>.</p>\n")
    }

    @Test func rewriteReplacesTheHrefButLinksKeepTheSource() {
        var seen: [String] = []
        let result = renderer.render("[A](a.md) and [B](https://example.org) and ![I](img.png)") { link in
            seen.append(link.destination)
            switch link.destination {
            case "a.md": return "../../reviews/a/"
            case "img.png": return "../../assets/img.png"
            default: return nil
            }
        }
        #expect(seen == ["a.md", "https://example.org", "img.png"])
        #expect(result.html == "<p><a href=\"../../reviews/a/\">A</a> and <a href=\"https://example.org\">B</a> and <img src=\"../../assets/img.png\" alt=\"I\" /></p>\n")
        #expect(result.links.map(\.destination) == ["a.md", "https://example.org", "img.png"])
        #expect(result.links.map(\.isImage) == [false, false, true])
    }

    @Test func rewriteKeepsFragment() {
        let html = renderer.render("[R](r.md#recommendations)") { _ in "../r/#recommendations" }.html
        #expect(html == "<p><a href=\"../r/#recommendations\">R</a></p>\n")
    }

    // MARK: Plain text and words

    @Test func plainTextAndWordCount() {
        let result = renderer.render("# Hello\n\nThis is *some* [linked](x.md) text.\n")
        #expect(result.plainText == "Hello\n\nThis is some linked text.\n")
        #expect(result.wordCount == 6)
    }

    @Test func plainTextOmitsRawHTML() {
        let result = renderer.render("Safe <b>bold</b> words")
        #expect(!result.plainText.contains("<b>"))
        #expect(result.wordCount == 3)
    }

    @Test(arguments: [
        ("", 0),
        ("one", 1),
        ("don't stop", 2),
        ("well-known child-to-adult services", 3),
        ("In 2023, 14 reviews.", 4),
        ("Café crème à la carte", 5),
        ("!! ?? -- ...", 0),
        ("  spaced\n\nout\twords  ", 3),
    ])
    func countsWords(text: String, words: Int) {
        #expect(MarkdownRenderer.countWords(text) == words)
    }

    /// Words counted over Unicode scalars: the reference the byte-level counter must agree with.
    private func reference(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord && !inWord { count += 1 }
            if isWord { inWord = true } else if scalar.properties.isWhitespace { inWord = false }
        }
        return count
    }

    /// The word counter on bytes agrees with one written over Unicode scalars, on every kind of character.
    @Test func countsWordsAsOverUnicodeScalars() {
        let pieces = ["a", "Z", "7", " ", "\n", "\t", "\u{0B}", "\u{0C}", "\r", "-", "'", "’", "—", "é", "e\u{301}", "ß", "日本", "١٢٣",
                      "\u{A0}", "\u{2003}", "\u{3000}", "😀", "👩‍👧", "Ⅻ", "½", "ﬁ", "\u{85}", "x", ".", "_"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(MarkdownRenderer.countWords(text) == reference(text), "\(text.debugDescription)")
        }
    }

    /// Long texts, whose runs of plain ASCII are counted eight bytes at a time, agree with a count
    /// over Unicode scalars too.
    @Test func countsWordsInLongTextsAsOverUnicodeScalars() {
        let pieces = ["a", "Zz", "7", " ", "  ", "\n", "\t", "\r\n", "\u{0B}", "\u{0C}", "word", "longer words here", "-", "'", ".",
                      "@", "[", "`", "{", "/", ":", "é", "’", "\u{A0}", "日本", "x9", "\u{7F}", "\u{1F}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(MarkdownRenderer.countWords(text) == reference(text), "\(text.debugDescription)")
        }
    }

    /// Headings' text is trimmed as Foundation's `trimmingCharacters(in: .whitespaces)` trims it.
    @Test func trimsSpacesAsFoundationDoes() {
        let pieces = ["a", " ", "\t", "\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{301}", "é", "日", "😀", "-", "\u{85}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(MarkdownRenderer.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func emptySourceRendersNothing() {
        let result = renderer.render("")
        #expect(result.html == "")
        #expect(result.headings.isEmpty)
        #expect(result.links.isEmpty)
        #expect(result.plainText.trimmingCharacters(in: .whitespacesAndNewlines) == "")
        #expect(result.wordCount == 0)
    }

    @Test func rendersNonASCIIText() {
        let result = renderer.render("## Ŵelsh ḟ ünïcode\n\nGrüße, Łódź!")
        #expect(result.html == "<h2 id=\"ŵelsh-ḟ-ünïcode\">Ŵelsh ḟ ünïcode</h2>\n<p>Grüße, Łódź!</p>\n")
        #expect(result.wordCount == 5)
    }
}

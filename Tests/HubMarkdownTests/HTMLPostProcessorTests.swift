import Testing
@testable import HubMarkdown

@Suite("HTMLPostProcessor")
struct HTMLPostProcessorTests {
    @Test func givesHeadingsTheirAnchorsInOrder() {
        let headings = [
            MarkdownHeading(level: 1, text: "A", anchor: "a", line: 1),
            MarkdownHeading(level: 3, text: "B", anchor: "b-2", line: 3),
        ]
        let html = HTMLPostProcessor.process("<h1>A</h1>\n<p>x &lt;h2&gt;</p>\n<h3>B</h3>\n", headings: headings)
        #expect(html == "<h1 id=\"a\">A</h1>\n<p>x &lt;h2&gt;</p>\n<h3 id=\"b-2\">B</h3>\n")
    }

    @Test func leavesOtherTagsAlone() {
        let input = "<hr />\n<p><a href=\"h1\">h</a> <header></p>\n<h7>x</h7>"
        #expect(HTMLPostProcessor.process(input, headings: []) == input)
    }

    @Test func wrapsTablesInRegionsNamedByTheirNumber() {
        let html = HTMLPostProcessor.process("<table>\n<tr><td>1</td></tr>\n</table>\n<table><tr><td>2</td></tr></table>", headings: [])
        #expect(html == "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table 1\"><table>\n<tr><td>1</td></tr>\n</table></div>\n"
            + "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table 2\"><table><tr><td>2</td></tr></table></div>")
    }

    @Test func turnsAlignmentIntoClasses() {
        let html = HTMLPostProcessor.process(
            "<tr>\n<th align=\"left\">a</th>\n<th align=\"center\">b</th>\n<th>c</th>\n<td align=\"right\">1</td>\n</tr>", headings: [])
        #expect(html == "<tr>\n<th class=\"align-left\">a</th>\n<th class=\"align-center\">b</th>\n<th>c</th>\n<td class=\"align-right\">1</td>\n</tr>")
    }

    @Test func extraHeadingTagsWithoutAnchorsAreKept() {
        #expect(HTMLPostProcessor.process("<h2>x</h2><h2>y</h2>", headings: [MarkdownHeading(level: 2, text: "x", anchor: "x", line: 1)])
            == "<h2 id=\"x\">x</h2><h2>y</h2>")
    }
}

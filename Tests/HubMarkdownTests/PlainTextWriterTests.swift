import Foundation
import Testing
@testable import HubMarkdown

/// The plain text written during the tree walk is cmark's own plain-text rendering, byte for byte.
@Suite("PlainTextWriter")
struct PlainTextWriterTests {
    let renderer = MarkdownRenderer()

    /// Lines that between them make every block and inline the writer follows, and some it leaves to cmark.
    static let lines = [
        "Plain words and more words.", "A *stressed* and **strong** `code span` line.", "Soft", "break", "Hard  ", "break\\",
        "# Heading", "## Heading with `code`", "Setext heading", "===", "---", "***", "", "", "",
        "- bullet", "- another", "  - nested", "    - deeper", "1. first", "2. second", "10. tenth", "3) paren",
        "  continued", "   ", "> quoted", "> - quoted item", ">", "> more quote",
        "```", "fenced code", "", "  indented in fence", "```", "    indented code", "    second code line",
        "<div>", "raw html block", "</div>", "Inline <b>html</b> here.", "[link](../reviews/a.md) and ![image](assets/x.png)",
        "<https://example.org>", "Entities &amp; &copy; &#x41; &#0;", "Café — naïve ‘quotes’ 日本",
        "- [ ] task", "- [x] done", "~~struck~~ text", "www.example.com autolinked", "Footnote[^1].", "[^1]: The note.",
        "| a | b |", "|---|---|", "| 1 | 2 |", "* star item", "+ plus item", "\t- tab item", "1.  spaced number",
        "| left | centre | right | none |", "|:--|:-:|--:|---|", "| `a\\|b` | x \\| y | *e* | [l](x.md) |", "| short |",
        "Another[^note] and[^1] again[^missing].", "[^note]: Note with\n    a second line.", "  - [x] nested done",
        "1. [ ] numbered task", "- [ ]", "> - [x] quoted task", "| cell [^1] | ![i](a.png) |",
    ]

    @Test func matchesCmarkOnGeneratedDocuments() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let count = Int.random(in: 0...14, using: &generator)
            let source = (0..<count).map { _ in Self.lines.randomElement(using: &generator)! }.joined(separator: "\n")
            #expect(renderer.render(source).plainText == renderer.cmarkPlainText(source), "\(source.debugDescription)")
        }
    }

    /// Tables, task lists and footnotes, common in reviews, are written without asking cmark.
    @Test func writesTablesTaskListsAndFootnotesItself() throws {
        let source = "Text[^1].\n\n| a | b |\n|:--|--:|\n| x \\| y | `z` |\n\n- [x] done\n- [ ] to do\n\n[^1]: The note."
        let finished = renderer.writtenPlainText(source)
        let written = try #require(finished)
        #expect(written == renderer.cmarkPlainText(source))
        #expect(written.contains("| x \\| y | z |") && written.contains("- [x] done") && written.contains("[^1]: The note."))
    }

    @Test func matchesCmarkOnNestedLists() {
        let sources = [
            "1. a\n\n   ```\n   code\n   ```\n2. b\n   - c\n\n     d\n3. e",
            "- a\n\n  b\n- c\n  1. d\n  2. e\n\n     f",
            "98. a\n99. b\n100. c\n101. d\n    - e",
            "- ```\n  first code\n  ```\n- > quote in item\n  > more",
            "> 1. a\n>\n>    b\n> 2. c",
            "- a\n- b\n\n\n- c",
        ]
        for source in sources {
            #expect(renderer.render(source).plainText == renderer.cmarkPlainText(source), "\(source.debugDescription)")
        }
    }
}

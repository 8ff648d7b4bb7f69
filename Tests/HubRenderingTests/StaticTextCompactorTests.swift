import Foundation
import Testing
@testable import HubRendering

/// A theme's scripts and style sheets lose their comments and indentation as they are published, and
/// nothing that could change what they do.
@Suite struct StaticTextCompactorTests {
    @Test func aScriptLosesItsCommentLinesAndIndentationOnly() throws {
        let script = """
        // The search client.
        (function () {
          /** A doc comment
           * over lines. */
          var url = "https://example.org/a"; // kept: not a whole line
          /* short */ var x = 2 *
            3;
        }());

        """
        let compacted = try #require(StaticTextCompactor.script(script))
        #expect(compacted == "(function () {\nvar url = \"https://example.org/a\"; // kept: not a whole line\nvar x = 2 *\n3;\n}());\n")
    }

    @Test func aScriptWithATemplateLiteralOrAContinuationIsLeftAsItIs() {
        #expect(StaticTextCompactor.script("var a = `one\n// not a comment\n`;\n") == nil)
        #expect(StaticTextCompactor.script("var a = 'one \\\n// two';\n") == nil)
        let data = Data("var a = `x`;\n  // note\n".utf8)
        #expect(StaticTextCompactor.compact(data, relativePath: "static/a.js") == data)
    }

    @Test func aStyleSheetLosesCommentsOutsideStrings() {
        let css = "/* Colours */\nbody {\n  color: black; /* text */\n  content: \"/* kept */\";\n}\n\n"
        #expect(StaticTextCompactor.styleSheet(css) == "body {\ncolor: black;\ncontent: \"/* kept */\";\n}\n")
    }

    @Test func otherFilesArePublishedAsTheyAre() {
        let data = Data("  // a text file\n".utf8)
        #expect(StaticTextCompactor.compact(data, relativePath: "static/notes.txt") == data)
        #expect(StaticTextCompactor.compact(Data([0xFF, 0xD8]), relativePath: "static/a.js") == Data([0xFF, 0xD8]))
    }
}

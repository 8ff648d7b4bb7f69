@testable import HubRendering
import Mustache
import Testing

/// The byte-based escaper must escape exactly what swift-mustache's HTML escaping does.
@Suite struct HTMLTextEscapingTests {
    @Test(arguments: [
        ("plain text, nothing to do", "plain text, nothing to do"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("Tom & Jerry \"quoted\"", "Tom &amp; Jerry &quot;quoted&quot;"),
        ("Zoë’s café — naïve 😀 <b>", "Zoë’s café — naïve 😀 &lt;b&gt;"),
        ("&amp; already", "&amp;amp; already"),
        ("", ""),
    ])
    func escapesLikeMustache(input: String, expected: String) {
        #expect(HTMLTextEscaping().escapeText(input) == expected)
    }

    @Test func templatesLoadedWithThePragmaUseIt() throws {
        HTMLTextEscaping.registered
        let template = try MustacheTemplate(string: HTMLTextEscaping.contentTypePragma + "\n<p>{{text}}</p>\n{{{raw}}}")
        let library = MustacheLibrary(templates: ["page": template])
        let html = library.render(["text": "a < b & 'c'", "raw": "<em>kept</em>"], withTemplate: "page")
        #expect(html == "<p>a &lt; b &amp; &#39;c&#39;</p>\n<em>kept</em>")
    }
}

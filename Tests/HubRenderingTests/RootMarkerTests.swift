@testable import HubRendering
import Testing

/// The root marker is replaced wherever it is, and text without it comes back as it was.
@Suite struct RootMarkerTests {
    @Test(arguments: [
        ("", ""), ("no marker", "no marker"), ("\u{1}", "../"), ("\u{1}a/\u{1}b/", "../a/../b/"),
        ("<a href=\"\u{1}themes/é/\">Zoë’s</a>\u{1}", "<a href=\"../themes/é/\">Zoë’s</a>../"),
    ])
    func replacesEveryMarker(html: String, expected: String) {
        #expect(RootMarker.replace(in: html, with: "../") == expected)
        #expect(RootMarker.replace(in: html, with: "") == expected.replacingOccurrences(of: "../", with: ""))
        #expect(RootMarker.occurs(in: html) == (html != expected))
    }
}

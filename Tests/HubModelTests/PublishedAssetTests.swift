import Foundation
import Testing
@testable import HubModel

/// The published forms of assets, file format by file format, on files built byte by byte.
@Suite("Published assets")
struct PublishedAssetTests {
    /// A PNG chunk: length, type, data and a CRC (not checked by the stripper, so zero here).
    func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let length = UInt32(data.count)
        return [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: length >> $0) } + Array(type.utf8) + data + [0, 0, 0, 0]
    }

    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    @Test func pngKeepsThePictureAndDropsTextTimeAndPrivateChunks() throws {
        let header = chunk("IHDR", Array(repeating: 1, count: 13))
        let picture = chunk("IDAT", [1, 2, 3]) + chunk("IEND", [])
        let png = signature + header + chunk("tEXt", Array("Author\0Jane".utf8)) + chunk("tIME", [7, 232, 1, 1, 0, 0, 0])
            + chunk("pHYs", Array(repeating: 0, count: 9)) + chunk("prVt", Array("secret".utf8)) + picture + Array("trailing".utf8)
        let published = try PublishedAsset.make(.png, from: png)
        #expect(published.bytes == signature + header + chunk("pHYs", Array(repeating: 0, count: 9)) + picture)
    }

    @Test func pngWithAnUnknownCriticalChunkIsRefused() {
        let png = signature + chunk("IHDR", Array(repeating: 1, count: 13)) + chunk("ZZZZ", [1]) + chunk("IEND", [])
        #expect(throws: AssetProblem.self) { try PublishedAsset.make(.png, from: png) }
        #expect(throws: AssetProblem.self) { try PublishedAsset.make(.png, from: signature + chunk("IDAT", [1])) }
    }

    @Test func webpDropsEXIFAndXMPAndClearsTheirFlags() throws {
        func riffChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let size = UInt32(data.count)
            return Array(type.utf8) + [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: size >> $0) } + data + (data.count % 2 == 1 ? [0] : [])
        }
        let header = riffChunk("VP8X", [0x0C | 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        let body = header + riffChunk("VP8L", [0x2F, 1, 2]) + riffChunk("EXIF", Array("Exif Jane".utf8)) + riffChunk("XMP ", Array("<x>Jane</x>".utf8))
        let size = UInt32(body.count + 4)
        let webp = Array("RIFF".utf8) + [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: size >> $0) } + Array("WEBP".utf8) + body
        let published = try PublishedAsset.make(.webp, from: webp).bytes
        #expect(!String(decoding: published, as: UTF8.self).contains("Jane"))
        #expect(published[20] == 0x10, "only the alpha flag is left")
        let declared = published[4..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(declared == published.count - 8)
    }

    @Test func jpegOrientationIsKeptAloneInANewEXIFSegment() throws {
        let exif = JPEGMetadata.orientationSegment(6)
        #expect(JPEGMetadata.orientation(inExif: exif[4...]) == 6)
        let comment: [UInt8] = [0xFF, 0xFE, 0x00, 0x06] + Array("Jane".utf8)
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x02, 0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]
        let jpeg: [UInt8] = [0xFF, 0xD8] + exif + comment + scan + [0xFF, 0xD9] + Array("trailer Jane".utf8)
        let published = try PublishedAsset.make(.jpeg, from: jpeg).bytes
        #expect(published == [0xFF, 0xD8] + exif + scan + [0xFF, 0xD9])
    }

    @Test func gifDropsCommentsAndUnknownApplicationsAndKeepsTheLoop() throws {
        let screen: [UInt8] = Array("GIF89a".utf8) + [1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0]
        let loop: [UInt8] = [0x21, 0xFF, 11] + Array("NETSCAPE2.0".utf8) + [3, 1, 0, 0, 0]
        let xmp: [UInt8] = [0x21, 0xFF, 11] + Array("XMP DataXMP".utf8) + [4] + Array("Jane".utf8) + [0]
        let comment: [UInt8] = [0x21, 0xFE, 4] + Array("Jane".utf8) + [0]
        let image: [UInt8] = [0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]
        let published = try PublishedAsset.make(.gif, from: screen + loop + xmp + comment + image + [0x3B]).bytes
        #expect(published == screen + loop + image + [0x3B])
    }

    @Test func aFileThatIsNotWhatItsNameSaysIsRefused() {
        for type in [AssetType.pdf, .png, .jpeg, .gif, .webp] {
            #expect(throws: AssetProblem.self) { try PublishedAsset.make(type, from: Array("<html><script>".utf8)) }
        }
        #expect(throws: AssetProblem.self) { try PublishedAsset.make(.csv, from: [0x41, 0x00, 0x42]) }
    }

    @Test func svgStyleSheetsThatFetchAreRecognised() {
        #expect(SVGStyleCheck.isSafe("rect { fill: url(#grad); stroke: url( '#edge' ) }"))
        for unsafe in ["@import 'x.css';", "a { background: url(https://x) }", "a { background: u\\72l(x) }",
                       "a { background: image-set('x.png' 1x) }", "a { b: expression(alert(1)) }", "a { b: URL(//x) }",
                       "a { /* */ background: url(/x.png) }"] {
            #expect(!SVGStyleCheck.isSafe(unsafe), "\(unsafe)")
        }
    }

    @Test(arguments: ["photo.JPG", "a.jpeg", "b.Png", "c.gif", "d.webp", "e.csv", "f.txt", "g.svg", "h.pdf"])
    func publishedTypesAreKnownByExtensionInAnyCase(name: String) {
        #expect(AssetType(path: "assets/" + name) != nil)
        #expect(UnpublishedAsset.problem("assets/" + name) == nil)
    }
}

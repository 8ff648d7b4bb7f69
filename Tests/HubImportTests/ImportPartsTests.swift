import Foundation
@testable import HubImport
import Testing

/// The parts of an import that need no external program: metadata stripping, page numbers, hyphens,
/// briefing sections, tagged headings, Markdown escaping.
struct ImportPartsTests {
    @Test func aJPEGLosesItsEXIFAndCommentButKeepsItsPicture() throws {
        func segment(_ marker: UInt8, _ text: String) -> [UInt8] {
            let data = Array(text.utf8)
            return [0xFF, marker, UInt8((data.count + 2) >> 8), UInt8((data.count + 2) & 0xFF)] + data
        }
        let exif = segment(0xE1, "Exif\0\0Jane Camera"), comment = segment(0xFE, "Taken by X"), jfif = segment(0xE0, "JFIF\0")
        let table: [UInt8] = [0xFF, 0xDB, 0x00, 0x04, 0x00, 0x01]
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x03, 0x01, 0x12, 0x34, 0xFF, 0xD9]
        let jpeg: [UInt8] = [0xFF, 0xD8] + jfif + exif + comment + table + scan
        let stripped = try #require(ImageMetadataStripper.strip(jpeg))
        #expect(stripped.format == .jpg)
        #expect(stripped.bytes == [0xFF, 0xD8] + jfif + table + scan)
    }

    @Test func aGIFLosesItsCommentAndOtherFormatsAreRefused() throws {
        let header = Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0]
        let comment: [UInt8] = [0x21, 0xFE, 5] + Array("hello".utf8) + [0]
        let image: [UInt8] = [0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4C, 0x01, 0]
        let stripped = try #require(ImageMetadataStripper.strip(header + comment + image + [0x3B]))
        #expect(stripped.bytes == header + image + [0x3B])
        #expect(ImageMetadataStripper.strip(Array("<svg onload=\"alert(1)\"></svg>".utf8)) == nil)
        #expect(ImageMetadataStripper.strip([0x01, 0x00, 0x00, 0x00, 0x6C, 0x00]) == nil)  // EMF
    }

    @Test func pageNumbersInTheirUsualForms() {
        for text in ["7", "Page 7", "page 7 of 40", "7 of 40", "7/40", "- 7 -", "xii", "[7]"] {
            #expect(RunningTextFilter.isPageNumber(text), "\(text)")
        }
        for text in ["7 agencies", "Page seven of the plan", "Findings", "2024-25 review"] {
            #expect(!RunningTextFilter.isPageNumber(text), "\(text)")
        }
        #expect(!RunningTextFilter.isPageNumber("2024", pages: 19))
    }

    @Test func brokenWordsAreJoinedAsTheDocumentWritesThem() {
        let joiner = HyphenJoiner(words: ["information", "multi-agency", "prevent", "cooperation", "co-operation", "co-operation"])
        #expect(joiner.join("infor-", "mation,") == "information,")
        #expect(joiner.join("multi-", "agency") == "multi-agency")
        #expect(joiner.join("pre-", "vent") == "prevent")
        #expect(joiner.join("self-", "neglect") == "self-neglect")
        #expect(joiner.join("assess\u{AD}", "ment") == "assessment")
        #expect(joiner.join("proced-", "ure") == "procedure")
        // Both forms in the document: the more frequent wins.
        #expect(joiner.join("co-", "operation") == "co-operation")
        // No evidence: the document's habit decides.
        var word = HyphenJoiner(words: ["multi-agency", "long-term"])
        word.joinsUnknown = word.hyphenatesWords([("multi-", "agency"), ("long-", "term"), ("infor-", "mation")])
        #expect(!word.joinsUnknown && word.join("ever-", "changing") == "ever-changing")
        #expect(joiner.hyphenatesWords([("infor-", "mation"), ("assess\u{AD}", "ment")]))
    }

    @Test func briefingSectionsAreFoundByWhatTheirHeadingsSay() {
        let markdown = "## Background\n\n## Why does this matter?\n\n## Further information\n\n## What can you do?\n"
        #expect(BriefingSections.missing(in: markdown) == ["Information", "What it means for practice", "Questions to consider"])
    }

    @Test func taggedHeadingsAreReadFromTheStructureTree() {
        let listing = "Document\n  H1 (block)\n    NonStruct\n      \"Rapid review \"\n      \"of Child P\"\n  P (block)\n    \"text\"\n  H2 (block)\n    \"Part 1\"\n"
        let headings = StructureHeadings.headings(in: listing)
        #expect(headings.map(\.level) == [1, 2])
        #expect(headings.map(\.text) == ["rapid review of child p", "part 1"])
    }

    @Test func plainTextIsEscapedForMarkdown() {
        #expect(MarkdownText.escaped("# not a heading") == "\\# not a heading")
        #expect(MarkdownText.escaped("1. not a list") == "1\\. not a list")
        #expect(MarkdownText.escaped("a *b* [c](d) <e>") == "a \\*b\\* \\[c\\](d) \\<e\\>")
    }
}

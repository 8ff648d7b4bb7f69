import Foundation
import Testing
@testable import HubModel

@Suite("SourceText")
struct SourceTextTests {
    func decode(_ bytes: [UInt8]) -> (String?, DiagnosticLog) {
        var log = DiagnosticLog()
        let text = SourceText.decode(Data(bytes), path: "content/reviews/a.md", log: &log)
        return (text, log)
    }

    @Test func decodesUTF8() {
        let (text, log) = decode(Array("---\ntitle: Café 👋\n---\n".utf8))
        #expect(text == "---\ntitle: Café 👋\n---\n")
        #expect(log.diagnostics.isEmpty)
    }

    @Test func invalidUTF8IsReportedAtTheBadByte() {
        // Line 2 is "title: caf" followed by a Latin-1 é (0xE9).
        let (text, log) = decode(Array("---\ntitle: caf".utf8) + [0xE9] + Array("\n---\n".utf8))
        #expect(text == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: SourceLocation(path: "content/reviews/a.md", line: 2, column: 11),
                                               "the file is not valid UTF-8 text", hint: "save the file as UTF-8 in your editor")])
    }

    @Test func columnsAfterMultiByteCharactersCountCharacters() {
        // "ü" is two bytes but one column; the bad byte follows "üx" on line 3.
        let (_, log) = decode(Array("a\nb\nüx".utf8) + [0xFF])
        #expect(log.diagnostics.map(\.location) == [SourceLocation(path: "content/reviews/a.md", line: 3, column: 3)])
    }

    @Test func truncatedSequenceAtTheEndIsReported() {
        let (_, log) = decode(Array("ok\n".utf8) + [0xE2, 0x82])
        #expect(log.diagnostics.map(\.location) == [SourceLocation(path: "content/reviews/a.md", line: 2, column: 1)])
    }

    @Test func binaryFileIsReportedAtTheFirstNulByte() {
        let (text, log) = decode(Array("%PDF-1.7\n%%".utf8) + [0x00, 0x01, 0xE2, 0xE3])
        #expect(text == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: SourceLocation(path: "content/reviews/a.md", line: 2, column: 3),
                                               "this is a binary file, not Markdown text",
                                               hint: "put PDFs and images under assets/ and link to them from a document")])
    }

    @Test func nulAtTheStart() {
        let (_, log) = decode([0x00, 0x41])
        #expect(log.diagnostics.map(\.location) == [SourceLocation(path: "content/reviews/a.md", line: 1, column: 1)])
    }
}

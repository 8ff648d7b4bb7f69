import Testing
@testable import HubModel

@Suite("FrontMatterSplitter")
struct FrontMatterSplitterTests {
    func split(_ text: String) -> (SplitDocument?, DiagnosticLog) {
        var log = DiagnosticLog()
        let result = FrontMatterSplitter.split(text, path: "content/reviews/a.md", log: &log)
        return (result, log)
    }

    @Test func splitsFrontMatterAndBody() throws {
        let (result, log) = split("---\ntitle: A\nsummary: B\n---\n# Body\n\nText.\n")
        let document = try #require(result)
        #expect(log.diagnostics.isEmpty)
        #expect(document == SplitDocument(yaml: "title: A\nsummary: B", body: "# Body\n\nText.\n", yamlFirstLine: 2, bodyFirstLine: 5))
    }

    @Test func handlesCRLFLineEndings() throws {
        let (result, log) = split("---\r\ntitle: A\r\nsummary: B\r\n---\r\nLine one\r\nLine two\r\n")
        let document = try #require(result)
        #expect(log.diagnostics.isEmpty)
        #expect(document.yaml == "title: A\nsummary: B")
        #expect(document.body == "Line one\nLine two\n")
        #expect(document.bodyFirstLine == 5)
    }

    @Test func skipsAByteOrderMark() throws {
        let (result, log) = split("\u{FEFF}---\ntitle: A\n---\nBody\n")
        let document = try #require(result)
        #expect(log.diagnostics.isEmpty)
        #expect(document.yaml == "title: A")
        #expect(document.body == "Body\n")
        #expect(document.bodyFirstLine == 4)
    }

    @Test func acceptsTrailingSpacesAndDotsAsClosingLine() throws {
        let (result, _) = split("---  \ntitle: A\n...\nBody")
        let document = try #require(result)
        #expect(document.yaml == "title: A")
        #expect(document.body == "Body")
        #expect(document.bodyFirstLine == 4)
    }

    @Test func emptyFrontMatterAndEmptyBody() throws {
        let (result, _) = split("---\n---\n")
        let document = try #require(result)
        #expect(document.yaml == "")
        #expect(document.body == "")
        #expect(document.bodyFirstLine == 3)
    }

    @Test func onlyTheFirstClosingLineEndsFrontMatter() throws {
        let (result, _) = split("---\ntitle: A\n---\nBody\n\n---\n\nMore\n")
        let document = try #require(result)
        #expect(document.yaml == "title: A")
        #expect(document.body == "Body\n\n---\n\nMore\n")
        #expect(document.bodyFirstLine == 4)
    }

    @Test func missingFrontMatterIsAnErrorAtLine1() {
        let (result, log) = split("# Child A\n\nNo front matter here.\n")
        #expect(result == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: SourceLocation(path: "content/reviews/a.md", line: 1, column: 1),
                                               "no front matter: the file must start with a line '---'",
                                               hint: "begin the file with '---', the fields (title, summary, published, ...), then '---'")])
    }

    @Test func frontMatterNotOnTheFirstLineIsMissing() {
        let (result, log) = split("\n---\ntitle: A\n---\n")
        #expect(result == nil)
        #expect(log.diagnostics.first?.message == "no front matter: the file must start with a line '---'")
        #expect(log.diagnostics.first?.location.line == 1)
    }

    @Test func unclosedFrontMatterIsAnError() {
        let (result, log) = split("---\ntitle: A\nsummary: B\n\nBody text\n")
        #expect(result == nil)
        #expect(log.diagnostics.count == 1)
        let diagnostic = log.diagnostics[0]
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(path: "content/reviews/a.md", line: 1, column: 1))
        #expect(diagnostic.message == "the front matter is not closed")
        #expect(diagnostic.hint == "add a line '---' after the last front-matter field")
    }

    @Test(arguments: ["", "   \n\n\t\n", "\u{FEFF}", "\r\n\r\n"])
    func emptyFileIsAnError(text: String) {
        let (result, log) = split(text)
        #expect(result == nil)
        #expect(log.diagnostics.map(\.message) == ["the file is empty"])
        #expect(log.diagnostics.first?.location.line == 1)
        #expect(log.diagnostics.first?.severity == .error)
    }

    @Test func bodyFirstLineCountsLongFrontMatter() throws {
        let yamlLines = (1...12).map { "field\($0): value" }
        let (result, _) = split("---\n" + yamlLines.joined(separator: "\n") + "\n---\nBody\n")
        let document = try #require(result)
        // Line 1 is '---', 12 fields on lines 2-13, '---' on 14.
        #expect(document.bodyFirstLine == 15)
        #expect(document.yamlFirstLine == 2)
    }
}

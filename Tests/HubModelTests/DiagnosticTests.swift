import Testing
@testable import HubModel

@Suite("Diagnostic and DiagnosticLog")
struct DiagnosticTests {
    @Test func printsLikeACompiler() {
        let location = SourceLocation(path: "content/reviews/a.md", line: 12, column: 5)
        #expect(location.description == "content/reviews/a.md:12:5")
        #expect(Diagnostic(.warning, at: location, "unknown front matter field 'x' is ignored").description
            == "content/reviews/a.md:12:5: warning: unknown front matter field 'x' is ignored")
        #expect(Diagnostic(.error, at: location, "broken link", hint: "check the path").description
            == "content/reviews/a.md:12:5: error: broken link\n    hint: check the path")
    }

    @Test func locationsAreAtLeastLineAndColumnOne() {
        let location = SourceLocation(path: "a.md", line: 0, column: -3)
        #expect(location.line == 1)
        #expect(location.column == 1)
    }

    @Test func logCollectsAndSorts() {
        var log = DiagnosticLog()
        #expect(!log.hasErrors)
        log.warning(SourceLocation(path: "b.md", line: 1, column: 1), "w1")
        #expect(!log.hasErrors)
        log.error(SourceLocation(path: "a.md", line: 10, column: 2), "e1")
        log.warning(SourceLocation(path: "a.md", line: 2, column: 1), "w2")
        log.error(SourceLocation(path: "a.md", line: 2, column: 1), "e2")
        var other = DiagnosticLog()
        other.error(SourceLocation(path: "a.md", line: 9, column: 1), "e3")
        log.append(contentsOf: other)
        log.append(contentsOf: [Diagnostic(.warning, at: SourceLocation(path: "a.md", line: 10, column: 1), "w3")])
        #expect(log.hasErrors)
        #expect(log.diagnostics.map(\.message) == ["w1", "e1", "w2", "e2", "e3", "w3"])
        #expect(log.sorted.map(\.message) == ["e2", "w2", "e3", "w3", "e1", "w1"])
    }
}

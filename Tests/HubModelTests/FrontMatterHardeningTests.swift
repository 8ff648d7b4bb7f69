import Foundation
import Testing
@testable import HubModel
import HubTestSupport

/// Front matter written to get past the checks: booleans that are really text, aliases that
/// multiply a value, and files saved in another encoding.
@Suite("Front matter hardening")
struct FrontMatterHardeningTests {
    let parser = DocumentParser(config: testConfig)

    func parse(_ text: String, kind: DocumentKind = .review) -> (ParsedFixture?, DiagnosticLog) {
        var log = DiagnosticLog()
        let document = parser.parse(text, kind: kind, sourcePath: "reviews/child-a.md", displayPath: "content/reviews/child-a.md", log: &log)
        return (document.map(ParsedFixture.init), log)
    }

    func review(anonymised: String, extra: [String] = []) -> String {
        FixtureDocument.review(extra: extra).replacingOccurrences(of: "anonymised: true", with: "anonymised: \(anonymised)")
    }

    // MARK: Booleans

    @Test(arguments: ["true", "True", "TRUE"])
    func onlyThePlainBooleanTrueAttests(value: String) throws {
        let (document, log) = parse(review(anonymised: value))
        #expect(log.diagnostics.isEmpty)
        #expect(try #require(document).isAttestedAnonymised)
    }

    @Test(arguments: ["\"yes\"", "\"true\"", "'true'", "\"True\""])
    func aQuotedAttestationIsTextAndAnError(value: String) {
        let (document, log) = parse(review(anonymised: value))
        #expect(document == nil)
        let error = log.diagnostics.first { $0.severity == .error }
        // Line 8 is the attestation; its value starts in column 13.
        #expect(error?.location == SourceLocation(path: "content/reviews/child-a.md", line: 8, column: 13))
        #expect(error?.message.contains("is text in quotes, not the YAML boolean") == true, "\(log.diagnostics)")
        #expect(error?.hint?.contains("anonymised: true") == true)
    }

    @Test(arguments: ["yes", "Yes", "on", "y", "1", "attested"])
    func anythingElseIsAnErrorThatSaysSo(value: String) {
        let (document, log) = parse(review(anonymised: value))
        #expect(document == nil)
        let error = log.diagnostics.first { $0.severity == .error }
        #expect(error?.message == "'anonymised' must be the YAML boolean true or false, not '\(value)'", "\(log.diagnostics)")
        #expect(error?.location.line == 8)
    }

    @Test(arguments: ["\"false\"", "no", "\"no\"", "off", "'true'"])
    func draftIsParsedAsStrictlyAsTheAttestation(value: String) {
        let (document, log) = parse(FixtureDocument.review(extra: ["draft: \(value)"]))
        #expect(document == nil)
        #expect(log.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("'draft'") && $0.location.line == 9 },
                "\(log.diagnostics)")
    }

    @Test func plainFalseAndTrueDraftsAreRead() throws {
        let (draft, draftLog) = parse(FixtureDocument.review(extra: ["draft: true"]))
        #expect(draftLog.diagnostics.isEmpty)
        #expect(try #require(draft).isDraft)
        let (final, finalLog) = parse(FixtureDocument.review(extra: ["draft: False"]))
        #expect(finalLog.diagnostics.isEmpty)
        #expect(try #require(final).isDraft == false)
    }

    @Test func aTaggedStringIsNotABoolean() {
        let (document, log) = parse(review(anonymised: "!!str true"))
        #expect(document == nil)
        #expect(log.diagnostics.contains { $0.severity == .error && $0.message.contains("anonymised") }, "\(log.diagnostics)")
    }

    // MARK: Aliases

    @Test func aStringAliasedManyTimesIsRefused() {
        // About 1 MB of source: a 10 kB string and 100,000 aliases of it would be 1 GB of text.
        let value = String(repeating: "x", count: 10_000)
        let aliases = Array(repeating: "*big", count: 100_000).joined(separator: ", ")
        let text = review(anonymised: "true", extra: ["padding: &big \(value)", "audience: [\(aliases)]"])
        #expect(text.utf8.count < 1_200_000)
        let start = Date()
        let (document, log) = parse(text)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(document == nil)
        let error = log.diagnostics.first { $0.severity == .error }
        #expect(error?.message.contains("aliases") == true && error?.message.contains("1 MB") == true, "\(log.diagnostics)")
        // Reported at the first alias that takes it over the limit, on the line of the audience.
        #expect(error?.location.line == 10)
    }

    @Test func nestedAliasesAreCountedWithoutExpandingThem() {
        // Nine levels of ten aliases each: 10^9 copies of "lol" if expanded; also used as a key.
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("? *l9\n: complex key")
        let start = Date()
        let (document, log) = parse(review(anonymised: "true", extra: lines))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(document == nil)
        #expect(log.diagnostics.contains { $0.message.contains("aliases") }, "\(log.diagnostics)")
    }

    @Test func aFewAliasesAreFine() throws {
        let text = FixtureDocument.review(extra: [
            "recommendations:",
            "  - {id: R1, text: &same Share concerns early., target: multi-agency, category: policy, status: in-progress}",
            "  - {id: R2, text: *same, target: multi-agency, category: policy, status: in-progress}",
        ])
        let (document, log) = parse(text)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        #expect(try #require(document).review?.recommendations.map(\.text) == ["Share concerns early.", "Share concerns early."])
    }

    @Test func anAsteriskInTextIsNotAnAlias() throws {
        let (document, log) = parse(FixtureDocument.review(title: "\"A *starred* title\""))
        #expect(log.diagnostics.isEmpty)
        #expect(try #require(document).title == "A *starred* title")
    }

    // MARK: Encodings

    @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
    func utf16IsNamedWithHowToSaveAsUTF8(littleEndian: Bool, byteOrderMark: Bool) {
        var bytes: [UInt8] = byteOrderMark ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
        for unit in "---\ntitle: Café\n---\n".utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        var log = DiagnosticLog()
        #expect(SourceText.decode(Data(bytes), path: "content/reviews/a.md", log: &log) == nil)
        let order = littleEndian ? "little-endian" : "big-endian"
        #expect(log.diagnostics.map(\.location) == [SourceLocation(path: "content/reviews/a.md", line: 1, column: 1)])
        #expect(log.diagnostics.first?.message == "this file is UTF-16 (\(order)) text, not UTF-8")
        #expect(log.diagnostics.first?.hint?.contains("Notepad, File > Save as, Encoding 'UTF-8'") == true)
    }

    @Test func aUTF16HubFileIsReportedByTheLoader() throws {
        let hub = try FixtureHub(files: ["reviews/child-a.md": FixtureDocument.review()])
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in FixtureDocument.brief().utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try hub.write("briefs/saved-in-notepad.md", Data(bytes))
        let result = hub.load()
        #expect(result.hub == nil)
        #expect(result.diagnostics.contains { $0.location.path.hasSuffix("briefs/saved-in-notepad.md") && $0.message.contains("UTF-16") })
        #expect(!result.diagnostics.contains { $0.message.contains("binary") })
    }
}

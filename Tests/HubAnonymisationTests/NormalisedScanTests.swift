import Testing
@testable import HubAnonymisation

private func scan(_ text: String, denylist: [String] = []) -> [IdentifierFinding] {
    IdentifierScanner(denylist: Denylist(names: denylist)).scan(text)
}

/// What Word, a converter or an evader puts inside an identifier does not hide it, and the finding is
/// still located at the identifier's first character in the text as written.
@Suite struct NormalisedScanTests {
    @Test(arguments: [
        ("no-break space", "Call 0141\u{00A0}123\u{00A0}4567 now", "0141 123 4567"),
        ("narrow no-break space", "Call 0141\u{202F}123\u{202F}4567 now", "0141 123 4567"),
        ("thin space", "Call 0141\u{2009}123\u{2009}4567 now", "0141 123 4567"),
        ("tab", "Call 0141\t123\t4567 now", "0141 123 4567"),
        ("two spaces", "Call 0141  123  4567 now", "0141 123 4567"),
        ("soft hyphen", "Call 0141\u{00AD}123\u{00AD}4567 now", "01411234567"),
        ("zero-width space", "Call 07700\u{200B}900123 now", "07700900123"),
        ("line wrap", "Call 0141 123\n4567 now", "0141 123 4567"),
        ("emphasis", "Call 0141 *123* 4567 now", "0141 123 4567"),
        ("character reference", "Call 0141&#32;123&nbsp;4567 now", "0141 123 4567"),
    ])
    func phoneNumbersSurviveEvasions(evasion: String, text: String, expected: String) {
        let found = scan(text)
        #expect(found.map(\.matchedText) == [expected], "\(evasion)")
        #expect(found.first?.column == 6, "\(evasion)")
    }

    @Test(arguments: [
        ("NHS number 943\u{00A0}476\u{00A0}5919", IdentifierKind.nhsNumber, "943 476 5919"),
        ("NHS number 943 4\u{00AD}76 5919", .nhsNumber, "943 476 5919"),
        ("CHI 0303\u{200B}151234", .chiNumber, "0303151234"),
        ("NI QQ\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}C", .nationalInsurance, "QQ 12 34 56 C"),
        ("NI QQ 12 34\n56 C", .nationalInsurance, "QQ 12 34 56 C"),
        ("lived at EH1\u{00A0}1YZ", .postcode, "EH1 1YZ"),
        ("lived at EH1  1YZ", .postcode, "EH1 1YZ"),
        ("write to jane.doe&#64;example.org", .email, "jane.doe@example.org"),
        ("write to jane.doe&commat;example.org", .email, "jane.doe@example.org"),
        ("write to jane.doe&#x40;example&period;org", .email, "jane.doe@example.org"),
        ("write to jane\u{00AD}.doe@example.org", .email, "jane.doe@example.org"),
        ("born on 3\u{00A0}March\u{00A0}2015", .dateOfBirth, "3 March 2015"),
    ])
    func otherIdentifiersSurviveEvasions(text: String, kind: IdentifierKind, expected: String) {
        #expect(scan(text).filter { $0.kind == kind }.map(\.matchedText) == [expected])
    }

    @Test(arguments: [
        "Zoë\u{00A0}Smith came", "Zoë *Smith* came", "**Zoë Smith** came", "Zoë\nSmith came", "Zo\u{00AD}ë Smith came",
        "Zo&#235; Smith came", "Zoë&nbsp;Smith came", "Zoë\u{2009}Smith came",
    ])
    func denylistedNamesSurviveEvasions(text: String) {
        #expect(scan(text, denylist: ["Zoë Smith"]).filter { $0.kind == .denylisted }.map(\.column) == [text.hasPrefix("**") ? 3 : 1])
    }

    @Test func findingsAreLocatedInTheTextAsWritten() {
        let text = "Intro line.\n\nThe **mobile** was 07700&nbsp;900123 and *Jayden* Smith's *mother* rang.\n"
        let found = scan(text)
        #expect(found.map(\.description) == ["3:20: phone \"07700 900123\"", "3:43: personal-name \"Jayden Smith\""])
    }

    @Test(arguments: [
        ("Freephone 0800 12 34 56 today", IdentifierKind.phone, "0800 12 34 56"),
        ("From abroad 0044 131 496 0000.", .phone, "0044 131 496 0000"),
        ("Girobank GIR 0AA once", .postcode, "GIR 0AA"),
        ("lower case eh1 1yz", .postcode, "eh1 1yz"),
        ("unspaced lower case eh11yz too", .postcode, "eh11yz"),
        ("NI QQ-12-34-56-C with dashes", .nationalInsurance, "QQ-12-34-56-C"),
        ("ni qq 12 34 56 c in lower case", .nationalInsurance, "qq 12 34 56 c"),
        ("DoB 14-Mar-2016", .dateOfBirth, "14-Mar-2016"),
        ("a pupil at Kirkton High until", .namedInstitution, "Kirkton High"),
        ("moved to Oakwood Primary in", .namedInstitution, "Oakwood Primary"),
        ("at St. Joseph's Primary then", .namedInstitution, "St. Joseph's Primary"),
        ("admitted to the Western General Hospital", .namedInstitution, "Western General Hospital"),
    ])
    func findsTheFormatsThatWereMissed(text: String, kind: IdentifierKind, expected: String) {
        #expect(scan(text).filter { $0.kind == kind }.map(\.matchedText) == [expected])
    }

    @Test(arguments: [
        "In 2015 and 2016, 1,234 children were referred.", "the risk was high", "Very High risk", "the Primary Care Team",
        "j_smith is a user name", "a *very* important point", "snake_case_words", "2 * 3 = 6", "10 – 12 children",
    ])
    func plainTextStaysClean(text: String) {
        #expect(scan(text).isEmpty, "\(scan(text))")
    }

    @Test func scanNameReadsSlugsAndAddresses() {
        let scanner = IdentifierScanner()
        #expect(scanner.scanName("reviews/jayden-smith-review.md").map(\.matchedText) == ["jayden-smith"])
        #expect(scanner.scanName("?q=EH1+1AA&zoom=3").map(\.matchedText) == ["EH1+1AA"])
        #expect(scanner.scanName("assets/st-marys-primary-school-letter.pdf").map(\.kind) == [.namedInstitution])
        #expect(scanner.scanName("reviews/child-b-neglect-learning-review.md").isEmpty)
        #expect(scanner.scanName("assets/child-a-full-report.pdf").isEmpty)
    }
}

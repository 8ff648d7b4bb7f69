import Foundation
import Testing
@testable import HubAnonymisation
import HubTestSupport

/// Files next to the repository: the seed review reports and the sample hub.
private enum ScannerCorpus {
    static let repository = Repository.root
    static let seeds = repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let content = repository.appendingPathComponent("content")

    static var seedsExist: Bool { FileManager.default.fileExists(atPath: seeds.path) }
    static var contentExists: Bool { FileManager.default.fileExists(atPath: content.path) }

    static func files(under folder: URL, extension ext: String) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == ext }.sorted { $0.path < $1.path }
    }
}

/// The scanner's findings of one kind, as matched text.
private func matched(_ text: String, _ kind: IdentifierKind, denylist: [String] = []) -> [String] {
    IdentifierScanner(denylist: Denylist(names: denylist)).scan(text).filter { $0.kind == kind }.map(\.matchedText)
}

private func findings(_ text: String, denylist: [String] = []) -> [IdentifierFinding] {
    IdentifierScanner(denylist: Denylist(names: denylist)).scan(text)
}

@Suite("IdentifierScanner")
struct IdentifierScannerTests {
    // MARK: Email

    @Test(arguments: [
        ("Contact jane.doe@example.org for details.", "jane.doe@example.org"),
        ("<mailto:j_smith+cpc@council.gov.uk>", "j_smith+cpc@council.gov.uk"),
        ("Email: Enquiries@CareInspectorate.gov.scot.", "Enquiries@CareInspectorate.gov.scot"),
        ("(o'neill@nhs.net)", "o'neill@nhs.net"),
        ("[write to us](mailto:cpc-team@north-shire.example.com)", "cpc-team@north-shire.example.com"),
        ("copy to a.b@c.co.uk, and the chair", "a.b@c.co.uk"),
    ])
    func findsEmailAddresses(text: String, expected: String) {
        #expect(matched(text, .email) == [expected])
    }

    @Test(arguments: [
        "Follow @careinspect on social media.",
        "![logo](images/logo@2x.png)",
        "We meet @ 10am in room 4.",
        "Send it to admin@localhost please.",
        "name@example.c is not an address",
        "an @-mention in the chat",
        "the address .@example.org is empty",
    ])
    func ignoresThingsThatAreNotEmailAddresses(text: String) {
        #expect(findings(text).isEmpty)
    }

    // MARK: Phone

    @Test(arguments: [
        ("Call 0141 123 4567 today.", "0141 123 4567"),
        ("Her mobile was 07700 900123.", "07700 900123"),
        ("From abroad: +44 (0)20 7946 0958.", "+44 (0)20 7946 0958"),
        ("Freephone 0800 123 4567, any time", "0800 123 4567"),
        ("Duty team (0131) 496 0000 out of hours", "(0131) 496 0000"),
        ("Tel: 01506-282252", "01506-282252"),
        ("text +447700900123 now", "+447700900123"),
        ("Tel:01382 207100", "01382 207100"),
        ("number 07700900123 on file", "07700900123"),
        ("Enquiries: 0345 600 9527", "0345 600 9527"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("0141 123 4567 (2015)", "0141 123 4567"),
        ("an 03 number: 03031512345", "03031512345"),
    ])
    func findsPhoneNumbers(text: String, expected: String) {
        #expect(matched(text, .phone) == [expected])
    }

    @Test(arguments: [
        "In 2015 and 2016, 1,234 children were referred.",
        "£1,250,000 was spent; £0.5 million more in 2021 2022.",
        "R1 and R2 were accepted in full.",
        "the 2023-01-05 meeting",
        "between 01/02/2020 and 03/04/2021",
        "Report 0141-123 is attached.",
        "ISBN 0 19 852663 6",
        "a count of 12345678901 records",
        "07700 9001 is too short",
        "COMMS-0521-342",
        "version 1.07700900123",
        "£07700 900123",
        "01 02 03 04 05 06",
        "0141 12 34 56 7",
    ])
    func ignoresNumbersThatAreNotPhoneNumbers(text: String) {
        #expect(findings(text).isEmpty)
    }

    // MARK: Postcode

    @Test(arguments: [
        ("Compass House, Dundee DD1 4NY", "DD1 4NY"),
        ("lived near G12 8QQ.", "G12 8QQ"),
        ("EH1 1YZ", "EH1 1YZ"),
        ("London SW1A 1AA (the palace)", "SW1A 1AA"),
        ("Manchester M1 1AE", "M1 1AE"),
        ("postcode g12 8qq", "g12 8qq"),
        ("W1A 0AX", "W1A 0AX"),
        ("written EH128QQ without a space", "EH128QQ"),
    ])
    func findsPostcodes(text: String, expected: String) {
        #expect(matched(text, .postcode) == [expected])
    }

    @Test(arguments: [
        "Recommendations R1 and R2 were accepted.",
        "the COVID 19 pandemic",
        "took the A1 road north",
        "the EH1 area",
        "in b1 1st place",
        "Key Stage KS2 SATs",
        "Mixed Eh1 1Yz case",
        "QA1 1AA starts with Q",
        "G12 8CI has C and I in the inward code",
        "R2 2023 review",
    ])
    func ignoresThingsThatAreNotPostcodes(text: String) {
        #expect(findings(text).isEmpty)
    }

    // MARK: NHS number

    @Test(arguments: [
        ("NHS number 943 476 5919.", "943 476 5919"),
        ("nhs no 7183652505", "7183652505"),
        ("(5223882989)", "5223882989"),
        ("419-301-6889", "419-301-6889"),
        ("ref 433 058 6681 on the letter", "433 058 6681"),
        ("8429733736", "8429733736"),
        ("943 476 5919 (2015)", "943 476 5919"),
    ])
    func findsNHSNumbers(text: String, expected: String) {
        #expect(matched(text, .nhsNumber) == [expected])
    }

    @Test(arguments: [
        "NHS number 943 476 5918 (bad check digit)",
        "9434765919123 is too long",
        "94347659 is too short",
        "943 4765 919 is grouped wrongly",
        "0000000000 is a placeholder",
        "12.9434765919",
    ])
    func ignoresNumbersThatAreNotNHSNumbers(text: String) {
        #expect(findings(text).isEmpty)
    }

    // MARK: CHI number

    @Test(arguments: [
        ("CHI 0303151234", "0303151234"),
        ("CHI: 120789 1234", "120789 1234"),
        ("born in a leap year, 2902001235", "2902001235"),
        ("311 299 0001", "311 299 0001"),
        ("1207891234.", "1207891234"),
    ])
    func findsCHINumbers(text: String, expected: String) {
        #expect(matched(text, .chiNumber) == [expected])
    }

    @Test func reportsOneFindingForACHINumberThatAlsoPassesTheNHSCheck() {
        // 1203150008 is a valid DDMMYY date and passes modulus 11.
        let found = findings("CHI 1203150008")
        #expect(found.map(\.kind) == [.chiNumber])
    }

    @Test(arguments: [
        "3102151234 (31 February)",
        "2902011234 (29 February 2001)",
        "0013151234 (day 00)",
        "1313151234 (month 13)",
        "30315123 has eight digits",
    ])
    func ignoresNumbersThatAreNotCHINumbers(text: String) {
        #expect(findings(text).isEmpty)
    }

    // MARK: National Insurance number

    @Test(arguments: [
        ("NI number QQ 12 34 56 C", "QQ 12 34 56 C"),
        ("AB123456C", "AB123456C"),
        ("(JG 10 37 85 A)", "JG 10 37 85 A"),
        ("ce123456d in lower case", "ce123456d"),
        ("PA 123456 B", "PA 123456 B"),
        ("NINO: TW 98 76 54 D.", "TW 98 76 54 D"),
    ])
    func findsNationalInsuranceNumbers(text: String, expected: String) {
        #expect(matched(text, .nationalInsurance) == [expected])
    }

    @Test(arguments: [
        "DA123456C starts with D",
        "AO123456A has O second",
        "GB123456A is not allocated",
        "AB123456E has suffix E",
        "AB12345C has five digits",
        "Ab123456C is mixed case",
        "XAB123456C is inside a word",
    ])
    func ignoresThingsThatAreNotNationalInsuranceNumbers(text: String) {
        #expect(findings(text).isEmpty)
    }

    // MARK: Date of birth

    @Test(arguments: [
        ("She was born on 3 March 2015 in hospital.", "3 March 2015"),
        ("DOB: 03/03/2015", "03/03/2015"),
        ("date of birth 2015-03-03", "2015-03-03"),
        ("D.O.B. 3rd March 2015", "3rd March 2015"),
        ("Child B's birthday, 12 January 2012, was missed", "12 January 2012"),
        ("On 12 January 2020 Baby J was born at home.", "12 January 2020"),
        ("born March 3, 2015", "March 3, 2015"),
        ("dob 3.3.15", "3.3.15"),
        ("| Date of birth | 3 Mar 2015 |", "3 Mar 2015"),
        ("3 March 2015 (date of birth)", "3 March 2015"),
        ("Child B was born on\n3 March 2015, a wrapped line", "3 March 2015"),
    ])
    func findsDatesOfBirth(text: String, expected: String) {
        #expect(matched(text, .dateOfBirth) == [expected])
    }

    @Test(arguments: [
        "The review met on 3 March 2023.",
        "Child B was born in March 2015.",
        "Child B was born in 2015.",
        "Child B was born. The review met on 3 March 2023.",
        "the pre-birth meeting on 3 March 2023",
        "The unborn baby was discussed on 3 March 2023.",
        "born on 31 February 2015",
        "Child B was born early.\n\nOn 3 March 2023 the panel met.",
        "born on 3 March",
        "Child C's sibling was born in 2019, and the child was seen on 3 June 2022",
        "the sibling was born early; the child was seen on 3 June 2022",
        "summary: \"Planning for the birth pathway.\"\npublished: 2014-07-09",
        "summary: Planning for the birth pathway\npublished: 2014-07-09",
        "- the birth plan\n- 3 March 2023: the meeting",
        "a birthday party; then, more than forty characters later, the meeting on 3 March 2023",
    ])
    func ignoresDatesThatAreNotDatesOfBirth(text: String) {
        #expect(findings(text).isEmpty)
    }

    // MARK: Named institution

    @Test(arguments: [
        ("She moved to St Mary's Primary School in August.", "St Mary's Primary School"),
        ("staff at Hillview Nursery noticed", "Hillview Nursery"),
        ("registered with Riverside Medical Practice.", "Riverside Medical Practice"),
        ("seen at Glenwood Health Centre", "Glenwood Health Centre"),
        ("a pupil at Oakfield Academy", "Oakfield Academy"),
        ("Westfield High School referred", "Westfield High School"),
        ("admitted to Ward 4 of Queen Margaret Hospital", "Queen Margaret Hospital"),
        ("taken to the Royal Infirmary of Edinburgh", "Royal Infirmary of Edinburgh"),
        ("St. Andrew’s RC High School", "St. Andrew’s RC High School"),
        ("Our Lady of Lourdes Primary School", "Our Lady of Lourdes Primary School"),
        ("a course at Forth Valley College", "Forth Valley College"),
        ("Hillview Nursery School staff", "Hillview Nursery School"),
        ("the Royal Hospital for Sick Children", "Royal Hospital for Sick Children"),
        ("Glasgow Royal Infirmary", "Glasgow Royal Infirmary"),
        ("Sandyford Clinic", "Sandyford Clinic"),
        ("Brookfield Children’s Centre", "Brookfield Children’s Centre"),
        ("Zoë's school, Château Park Academy,", "Château Park Academy"),
        ("admitted to Ealing Hospital overnight", "Ealing Hospital"),
        ("## Hillview Nursery", "Hillview Nursery"),
        ("St Mary's Nursery", "St Mary's Nursery"),
    ])
    func findsNamedInstitutions(text: String, expected: String) {
        #expect(matched(text, .namedInstitution) == [expected])
    }

    @Test(arguments: [
        "She started at the primary school in August.",
        "admitted to the acute hospital",
        "a place at a nursery",
        "registered with the GP practice",
        "Primary School staff said she was tired.",
        "the Health and Social Care Partnership",
        "North Shire Child Protection Committee",
        "the Named Person",
        "The Nursery reported concerns.",
        "her Local Primary School",
        "Child K's Hospital admission",
        "HILLVIEW NURSERY",
        "a day at Howden Park Centre",
        "Good Practice guidance",
        "the College of Policing",
        "the Royal College of Nursing",
        "the Royal Infirmary",
        "Transition To Secondary School",
        "Admitted To The Acute Hospital",
        "the Community Hospital",
        "The Children's Hospital",
        "Emergency Hospital admissions",
        "## Improving School Attendance",
        "Supporting Nursery staff to record concerns",
        "Lessons: Effective Hospital Discharge Planning",
        "1. Integrated Nursery provision",
    ])
    func ignoresGenericInstitutions(text: String) {
        #expect(findings(text).isEmpty)
    }

    @Test(arguments: [
        ("## Jamie's School Experience", "Jamie"),
        ("Mary's Nursery", "Mary"),
        ("Dr Vincent of Northumbria University", "Vincent"),
    ])
    func someonesSchoolIsAPersonsNameNotAnInstitution(text: String, name: String) {
        #expect(findings(text).map(\.matchedText) == [name])
        #expect(matched(text, .namedInstitution).isEmpty)
    }

    // MARK: Denylist

    @Test(arguments: [
        (["Zoë"], "zoe's mother", "zoe"),
        (["Ann"], "ANN said", "ANN"),
        (["Mary Smith"], "called Mary\nSmith's sister", "Mary Smith"),
        (["O'Brien"], "Mr O’Brien arrived", "O’Brien"),
        (["Łukasz"], "Lukasz was seven", "Lukasz"),
        (["Renée"], "RENEE'S cousin", "RENEE"),
        (["Zoe"], "Zoë went home", "Zoë"),
        (["Hillview Road"], "lived on Hillview Road.", "Hillview Road"),
    ])
    func findsDenylistedNames(names: [String], text: String, expected: String) {
        #expect(matched(text, .denylisted, denylist: names) == [expected])
    }

    @Test(arguments: [
        (["Ann"], "the Annual report"),
        (["Ann"], "planning and review"),
        (["Ann"], "Ann-Marie attended"),
        (["Mary Smith"], "Mary Smithson"),
        (["Mary Smith"], "Mary came alone"),
        (["Zoë"], "Zoey and Chloe"),
    ])
    func ignoresPartsOfOtherWords(names: [String], text: String) {
        #expect(matched(text, .denylisted, denylist: names).isEmpty)
    }

    @Test func parsesDenylistFiles() {
        let list = Denylist.parse("# real names, never commit\nZoë\n\n  Mary Smith  \nAnn # the aunt\n# Bob\nzoë\r\nPeter\r\n")
        #expect(list.names == ["Zoë", "Mary Smith", "Ann", "Peter"])
        #expect(!list.isEmpty)
        #expect(Denylist(names: ["", "  "]).isEmpty)
    }

    // MARK: Positions

    @Test func reportsLinesAndColumnsInCharacters() {
        let text = """
        ---
        title: Café review – naïve
        ---
        Call 0141 123 4567 or write to jo@example.org.
        Crèche 👩‍👧 at Hillview Nursery, DD1 4NY.
        """
        let found = findings(text)
        #expect(found == [
            IdentifierFinding(kind: .phone, matchedText: "0141 123 4567", line: 4, column: 6),
            IdentifierFinding(kind: .email, matchedText: "jo@example.org", line: 4, column: 32),
            IdentifierFinding(kind: .namedInstitution, matchedText: "Hillview Nursery", line: 5, column: 13),
            IdentifierFinding(kind: .postcode, matchedText: "DD1 4NY", line: 5, column: 31),
        ])
        #expect(found[0].description == "4:6: phone \"0141 123 4567\"")
    }

    @Test func reportsPositionsAfterCRLFLineEndings() {
        let found = findings("first line\r\nsecond, born 3 March 2015\r\n")
        #expect(found == [IdentifierFinding(kind: .dateOfBirth, matchedText: "3 March 2015", line: 2, column: 14)])
    }

    @Test func findsSeveralKindsInOrder() {
        let found = findings("Zoë (DOB 03/03/2015, CHI 0303151234) attended Westfield High School.", denylist: ["zoe"])
        #expect(found.map(\.kind) == [.denylisted, .dateOfBirth, .chiNumber, .namedInstitution])
        #expect(found.map(\.column) == [1, 10, 26, 47])
    }

    @Test func ordinaryWordsThatStartASentenceAreNotNames() {
        // "Quality" starts a sentence, and the document uses "quality" elsewhere: an ordinary word.
        let text = "Quality School provision matters.\nThe quality of plans varied. Hillview Nursery staff were involved."
        #expect(findings(text).map(\.matchedText) == ["Hillview Nursery"])
        // Mid-sentence, capitals are a signal: "Quality Academy" is a name there.
        #expect(matched("She attends Quality Academy; quality matters.", .namedInstitution) == ["Quality Academy"])
    }

    @Test func emptyAndPlainTextHaveNoFindings() {
        #expect(findings("").isEmpty)
        #expect(findings("The review found that agencies did not share information.").isEmpty)
    }

    @Test func kindsHaveStableNames() {
        #expect(IdentifierKind.allCases.map(\.rawValue) == [
            "email", "phone", "postcode", "nhs-number", "chi-number", "national-insurance", "date-of-birth",
            "named-institution", "denylisted", "personal-name",
        ])
    }
}

@Suite("IdentifierScanner corpus")
struct IdentifierScannerCorpusTests {
    /// The published reports in shared/seeds hold 12 real contact details, all true positives (checked by hand):
    /// 4 email addresses, 6 phone numbers (the Care Inspectorate's and a council's) and the Care Inspectorate's
    /// postcode twice; and 24 mentions of real people (checked by hand): named officers and contacts (Pauline
    /// Cochrane, Jo MacPherson, Edith Macintosh) and cited researchers (Daniel and Scott, Sharon Vincent, Alison
    /// Petch, Brandon, Tony Morrison, Wonnacott, Carpenter, Munro). Every one must be found, and anything else
    /// found in them is a false alarm: a change to these counts needs a look.
    @Test(.enabled(if: ScannerCorpus.seedsExist))
    func seedFindingsArePinned() throws {
        let scanner = IdentifierScanner()
        var byKind: [IdentifierKind: [String]] = [:]
        var words = 0
        for file in ScannerCorpus.files(under: ScannerCorpus.seeds, extension: "txt") {
            let text = try String(contentsOf: file, encoding: .utf8)
            words += text.split(whereSeparator: \.isWhitespace).count
            for finding in scanner.scan(text) {
                byKind[finding.kind, default: []].append("\(file.lastPathComponent):\(finding)")
            }
        }
        let total = byKind.values.reduce(0) { $0 + $1.count }
        print("seed text: \(words) words, \(total) findings")
        for kind in IdentifierKind.allCases {
            let list = byKind[kind] ?? []
            print("  \(kind.rawValue): \(list.count)")
            for item in list { print("    \(item)") }
        }
        #expect(byKind.mapValues(\.count) == [.email: 4, .phone: 6, .postcode: 2, .personalName: 24])
        let expected: Set<String> = [
            "pauline.cochrane@westlothian.gov.uk", "enquiries@careinspectorate.gov.scot",
            "cistrategicteamnotification@careinspectorate.gov.scot", "01506 282252", "01382 207100", "01382 207289",
            "0345 600 9527", "DD1 4NY",
            "Pauline Cochrane", "Jo MacPherson", "Edith Macintosh", "Daniel", "Scott", "Sharon Vincent", "Alison Petch",
            "Brandon", "Vincent", "Petch", "Tony Morrison", "Wonnacott", "Carpenter", "Munro",
        ]
        let texts = Set(byKind.values.joined().map { $0.split(separator: "\"").dropFirst().first.map(String.init) ?? "" })
        #expect(texts == expected)
    }

    /// A benchmark and false-positive probe over any folder: `IDENTIFIER_SCAN_DIR=/path swift test --filter scanFolder`
    /// (`IDENTIFIER_SCAN_REPEAT=n` scans it n times, `IDENTIFIER_SCAN_DENYLIST=file` adds a denylist; build with
    /// `-c release -Xswiftc -enable-testing` for real timings).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["IDENTIFIER_SCAN_DIR"] != nil))
    func scanFolder() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = URL(fileURLWithPath: try #require(environment["IDENTIFIER_SCAN_DIR"]))
        let repeats = Int(environment["IDENTIFIER_SCAN_REPEAT"] ?? "") ?? 1
        let texts = try (ScannerCorpus.files(under: folder, extension: "md") + ScannerCorpus.files(under: folder, extension: "txt"))
            .map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
        let bytes = texts.reduce(0) { $0 + $1.1.utf8.count }
        let words = texts.reduce(0) { $0 + $1.1.split(whereSeparator: \.isWhitespace).count }
        let denylist = try environment["IDENTIFIER_SCAN_DENYLIST"].map { Denylist.parse(try String(contentsOfFile: $0, encoding: .utf8)) }
        let scanner = IdentifierScanner(denylist: denylist ?? Denylist(names: []))
        var total = 0
        var byKind: [IdentifierKind: Int] = [:]
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for round in 0..<repeats {
                for (name, text) in texts {
                    let found = scanner.scan(text)
                    total += found.count
                    guard round == 0 else { continue }
                    for finding in found {
                        byKind[finding.kind, default: 0] += 1
                        print("  \(name):\(finding)")
                    }
                }
            }
        }
        let megabytes = Double(bytes * repeats) / 1_000_000
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perTenThousand = words == 0 ? 0 : Double(total / repeats) * 10_000 / Double(words)
        print("scanned \(texts.count) files (\(words) words) \(repeats) times, \(String(format: "%.1f", megabytes)) MB in \(elapsed): "
              + "\(String(format: "%.0f", megabytes / seconds)) MB/s; \(total / repeats) findings, \(String(format: "%.1f", perTenThousand)) per 10,000 words")
        for kind in IdentifierKind.allCases { print("  \(kind.rawValue): \(byKind[kind] ?? 0)") }
    }

    @Test(.enabled(if: ScannerCorpus.contentExists))
    func sampleContentHasNoFindings() throws {
        let scanner = IdentifierScanner()
        for file in ScannerCorpus.files(under: ScannerCorpus.content, extension: "md") {
            let text = try String(contentsOf: file, encoding: .utf8)
            let findings = scanner.scan(text)
            #expect(findings.isEmpty, "\(file.lastPathComponent): \(findings)")
        }
    }
}

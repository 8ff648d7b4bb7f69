import Testing
@testable import HubAnonymisation

private func names(_ text: String, pseudonyms: [String] = []) -> [String] {
    IdentifierScanner().scan(text, pseudonyms: Pseudonyms(pseudonyms)).filter { $0.kind == .personalName }.map(\.matchedText)
}

/// Names of people are found without a denylist, and this field's capitalised vocabulary is not taken for one.
@Suite struct NameMatcherTests {
    @Test(arguments: [
        ("Mrs Hughes said she had not been told.", "Hughes"),
        ("PC Jones attended the address.", "Jones"),
        ("Dr Sharon Vincent wrote the audit.", "Sharon Vincent"),
        ("She was seen by Nurse Okafor.", "Okafor"),
        ("Nana Margaret looked after her.", "Margaret"),
        ("the social worker, Karen Platt, visited", "Karen Platt"),
        ("her stepfather Darren moved in", "Darren"),
        ("Child R's mother, Leanne Hughes, was present", "Leanne Hughes"),
        ("a man called Dean stayed there", "Dean"),
        ("Kacper's mother rang the school", "Kacper"),
        ("Staff said Jayden was tired.", "Jayden"),
        ("## What Jayden told us", "Jayden"),
        ("the school contacted Mary-Jane about it", "Mary-Jane"),
        ("the Smith-Jones family", "Smith-Jones"),
        ("as Brandon et al. found", "Brandon"),
        ("as Munro (2011) argued", "Munro"),
        ("(Wonnacott, 2012)", "Wonnacott"),
        ("Siobhán Ní Bhriain was the author", "Siobhán Ní Bhriain"),
        ("Mr Łukasz Kowalczyk attended", "Łukasz Kowalczyk"),
        ("Aisha Begum's health visitor", "Aisha Begum"),
        ("Mohammed Rahman, the father,", "Mohammed Rahman"),
        ("Grace Hughes was five", "Grace Hughes"),
        ("emailed s.mcleod@example.sch.uk. Alfie's nursery key worker saw bruises", "Alfie"),
        ("Her mother's partner, Lewis Grant, had a record.", "Lewis Grant"),
        ("The review met the Nowak family twice.", "Nowak"),
        ("Grandma Rose said the children went hungry.", "Rose"),
    ])
    func findsNames(text: String, expected: String) {
        #expect(names(text) == [expected])
    }

    @Test(arguments: [
        "The Care Inspectorate published the report.",
        "Signs of Safety was the model used.",
        "Working Together to Safeguard Children 2023",
        "the Early Help Hub took the referral",
        "the Graded Care Profile was not used",
        "a group at Hope Street Day Centre",
        "Child A, Baby J, Young Person M, Adult B and the Mother of Child Q",
        "Mr A and Mrs B were interviewed.",
        "Ms F's mother and Mr D's probation officer spoke to the review; Ms F’s sister too.",
        "The review met in March and May.",
        "NHS Ayrshire & Arran and NHS Lothian",
        "Grace and hope were themes.",
        "## What Mum Said",
        "The Brandon Centre offered support.",
        "Children's Services in Kent",
        "Scottish Government guidance",
        "Will Child C be safe?",
        "The Named Person service",
        "Daniel to and the review in of.",
        "Everyone's case was closed.",
    ])
    func ignoresTheFieldsVocabulary(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    /// A given name alone at the start of a sentence is a name only if the text names that person elsewhere.
    @Test func aNameAloneAtASentenceStartNeedsAnotherMention() {
        #expect(names("Jayden went to nursery.").isEmpty)
        #expect(names("Jayden went to nursery. Staff said Jayden was tired.") == ["Jayden", "Jayden"])
        #expect(names("Jayden went to nursery. Jayden's mother rang.") == ["Jayden", "Jayden"])
    }

    @Test func pseudonymsAreNeverNames() {
        #expect(names("Then Ellie and Sam moved to a new flat.", pseudonyms: ["Ellie", "Sam"]).isEmpty)
        #expect(names("Then Ellie and Sam moved to a new flat.") == ["Ellie", "Sam"])
        let hubWide = IdentifierScanner(pseudonyms: Pseudonyms(["Ellie"]))
        #expect(hubWide.scan("Ellie was seven.").isEmpty)
    }

    @Test func theGazetteerCoversTheCommunitiesOfTheUK() {
        for name in ["Oliver", "Amelia", "Siobhan", "Mohammed", "Aisha", "Chinedu", "Emeka", "Kwame", "Agnieszka",
                     "Andrei", "Priya", "Arjun", "Fatima", "Ioana", "Jurgita", "Mehmet"] {
            #expect(NameGazetteer.flags(NameGazetteer.hash(name.lowercased().utf8)).contains(.given), "\(name)")
        }
        for surname in ["Smith", "Macdonald", "Patel", "Khan", "Wojcik", "Okafor", "Murphy", "Jones", "Begum", "Popescu",
                        "Kazlauskas", "Yilmaz", "Nguyen", "Hussain"] {
            #expect(NameGazetteer.flags(NameGazetteer.hash(surname.lowercased().utf8)).contains(.surname), "\(surname)")
        }
    }
}

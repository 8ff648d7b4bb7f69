import Testing
@testable import HubModel
import HubTestSupport

/// `subject`: derived from the review type where the type settles it, from the hub's scope where that
/// settles it, required otherwise, and checked against the review type, the age band and the scope, each
/// contradiction reported where it is written with a hint.
@Suite("Review subject")
struct ReviewSubjectTests {
    static let path = "content/reviews/r.md"

    /// A review of `type` with `extra` front matter from line 9 (`review_type` is line 7, its value at column 14).
    func parse(_ type: String, _ extra: [String] = [], scope: HubScope? = .both) -> (ReviewDetails?, DiagnosticLog) {
        let config = HubConfig(title: testConfig.title, description: "", baseURL: testConfig.baseURL, language: "en-GB",
                               learningThemes: testConfig.learningThemes, committees: testConfig.committees, scope: scope)
        var log = DiagnosticLog()
        let parsed = DocumentParser(config: config).parse(FixtureDocument.review(reviewType: type, extra: extra), kind: .review,
                                                          sourcePath: "reviews/r.md", displayPath: Self.path, log: &log)
        return (parsed?.metadata.review, log)
    }

    func location(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(path: Self.path, line: line, column: column) }

    /// Written here, not taken from the code: who each kind of review is about, where the kind settles it.
    static let settled: [ReviewType: ReviewSubject] = [
        .cspr: .child, .rapidReview: .child, .cpr: .child, .cmr: .child,
        .sar: .adult, .apr: .adult, .dhr: .adult, .sir: .adult, .mappaSCR: .adult,
    ]

    @Test(arguments: ReviewType.allCases)
    func derivedFromTheTypeOrRequiredInAHubAboutBoth(type: ReviewType) {
        let (review, log) = parse(type.rawValue)
        if let subject = Self.settled[type] {
            #expect(log.diagnostics.isEmpty, "\(log.sorted)")
            #expect(review?.subject == subject)
        } else {
            #expect(review == nil)
            #expect(log.diagnostics == [Diagnostic(
                .error, at: location(7, 14), "missing 'subject': \(type.nameInSentence) may be about a child, a young person, an adult or a family",
                hint: "add 'subject: child', 'subject: young-person', 'subject: adult' or 'subject: family'")])
        }
    }

    @Test(arguments: ReviewType.allCases)
    func aHubAboutOneGroupSettlesWhatTheTypeDoesNot(type: ReviewType) {
        for (scope, fallback) in [(HubScope.children, ReviewSubject.child), (.adults, .adult)] {
            let (review, log) = parse(type.rawValue, scope: scope)
            let subject = Self.settled[type] ?? fallback
            if subject == fallback {
                #expect(review?.subject == subject && log.diagnostics.isEmpty, "\(type) in a hub about \(scope): \(log.sorted)")
            } else {
                // A safeguarding adults review in a hub about children, and the like: outside the declared scope.
                #expect(review == nil)
                #expect(log.diagnostics == [Diagnostic(
                    .error, at: location(7, 14),
                    "a review about \(subject.singularPhrase) (review_type '\(type.rawValue)' settles it) is outside this hub's scope '\(scope.rawValue)'",
                    hint: "declare 'scope: both' in hub.yaml to publish learning about children and adults")])
            }
        }
    }

    /// Written here: the subjects each settled kind allows besides its own.
    static func allowed(_ type: ReviewType) -> Set<ReviewSubject> {
        switch settled[type] {
        case .child: return [.child, .youngPerson, .family]
        case .adult: return type == .dhr ? [.adult, .youngPerson, .family] : [.adult, .youngPerson]
        default: return Set(ReviewSubject.allCases)
        }
    }

    @Test(arguments: ReviewType.allCases)
    func aWrittenSubjectMustFitTheType(type: ReviewType) throws {
        for subject in ReviewSubject.allCases {
            let (review, log) = parse(type.rawValue, ["subject: \(subject.rawValue)"])
            if Self.allowed(type).contains(subject) {
                #expect(review?.subject == subject && log.diagnostics.isEmpty, "\(type) about \(subject): \(log.sorted)")
                continue
            }
            #expect(review == nil)
            let error = try #require(log.diagnostics.first)
            #expect(log.diagnostics.count == 1)
            #expect(error.location == location(9, 10), "at the subject's value")
            let settled = try #require(Self.settled[type])
            #expect(error.message == "subject '\(subject.rawValue)' contradicts review_type '\(type.rawValue)': \(type.nameInSentence) is about \(settled.singularPhrase)")
            #expect(error.hint?.hasPrefix("write 'subject: \(settled.rawValue)'") == true)
            #expect(error.hint?.hasSuffix("remove 'subject' (the review type then settles it), or correct 'review_type'") == true)
        }
    }

    /// Written here: the ages each subject can have.
    static let ages: [ReviewSubject: Set<String>] = [
        .child: ["under-1", "1-2", "3-4", "5-10", "11-17"],
        .youngPerson: ["11-17", "18-25"],
        .adult: ["18-25", "26-64", "65-and-over"],
        .family: Set(AgeBand.allCases.map(\.rawValue)),
    ]

    @Test func aWrittenSubjectMustFitTheAgeBand() throws {
        for subject in ReviewSubject.allCases {
            for band in AgeBand.allCases {
                let (review, log) = parse("learning-review", ["subject: \(subject.rawValue)", "age_band: \(band.rawValue)"])
                if Self.ages[subject]!.contains(band.rawValue) {
                    #expect(review?.subject == subject && review?.ageBand == band && log.diagnostics.isEmpty)
                    continue
                }
                #expect(review == nil)
                let error = try #require(log.diagnostics.first)
                #expect(log.diagnostics.count == 1)
                #expect(error.location == location(9, 10))
                #expect(error.message == "subject '\(subject.rawValue)' contradicts age_band '\(band.rawValue)'")
                // The hint says what the subject means and which subjects would fit the age.
                let fitting = ReviewSubject.allCases.filter { Self.ages[$0]!.contains(band.rawValue) }
                let hint = try #require(error.hint)
                #expect(fitting.allSatisfy { hint.contains("'subject: \($0.rawValue)'") }, "\(hint)")
                #expect(hint.contains("correct 'age_band'"))
            }
        }
        let (_, log) = parse("learning-review", ["subject: adult", "age_band: 11-17"])
        #expect(log.diagnostics.first?.hint == "an adult is 18 or over (age band 18-25, 26-64 or 65-and-over); correct 'age_band', or write 'subject: child', 'subject: young-person' or 'subject: family'")
    }

    /// Written here: the ages each kind of review can concern (a child review, under 18; an adult review, 16 or over).
    static func ages(of type: ReviewType) -> Set<String> {
        switch settled[type] {
        case .child: return ages[.child]!
        case .adult: return ages[.adult]!.union(["11-17"])
        default: return Set(AgeBand.allCases.map(\.rawValue))
        }
    }

    @Test(arguments: ReviewType.allCases)
    func anAgeTheTypeCannotConcernIsReportedAtTheAgeBand(type: ReviewType) throws {
        for band in AgeBand.allCases {
            let subject = Self.settled[type] == nil ? ["subject: family"] : []
            let (review, log) = parse(type.rawValue, subject + ["age_band: \(band.rawValue)"])
            if Self.ages(of: type).contains(band.rawValue) {
                #expect(review != nil && log.diagnostics.isEmpty, "\(type) \(band): \(log.sorted)")
                continue
            }
            let settled = try #require(Self.settled[type])
            // The type settles the subject: the review stands, with a warning at its age band.
            #expect(review?.subject == settled)
            #expect(log.diagnostics.map(\.severity) == [.warning])
            #expect(log.diagnostics.map(\.location) == [location(9, 11)], "at the age band")
            #expect(log.diagnostics.first?.message == "age_band '\(band.rawValue)' contradicts review_type '\(type.rawValue)': \(type.nameInSentence) is about \(settled.singularPhrase)")
            #expect(log.diagnostics.first?.hint?.hasSuffix("correct 'age_band' or 'review_type'") == true)
        }
        let (_, log) = parse("sar", ["age_band: 5-10"])
        #expect(log.diagnostics.first?.hint == "an adult is 18 or over (age band 18-25, 26-64 or 65-and-over); the review may be about a young person of 16 or 17 (age band 11-17, 'subject: young-person'); correct 'age_band' or 'review_type'")
    }

    @Test func theAgeBandChoosesBetweenTheSubjectsTheTypeOrScopeAllows() {
        // An adult review of a 16- or 17-year-old is about a young person; so is a child review of one.
        #expect(parse("sar", ["age_band: 11-17"]).0?.subject == .youngPerson)
        #expect(parse("sir", ["age_band: 11-17"]).0?.subject == .youngPerson)
        #expect(parse("cspr", ["age_band: 11-17"]).0?.subject == .child)
        // A hub that declares no scope takes the subject by age, as hubs did before scopes.
        for (band, subject) in [(nil, ReviewSubject.child), ("3-4", .child), ("11-17", .child), ("18-25", .youngPerson),
                                ("26-64", .adult), ("65-and-over", .adult)] {
            let (review, log) = parse("learning-review", band.map { ["age_band: \($0)"] } ?? [], scope: nil)
            #expect(review?.subject == subject && log.diagnostics.isEmpty, "\(band ?? "no age band")")
        }
        #expect(parse("sar", [], scope: nil).0?.subject == .adult, "no scope declared, none to be outside")
        #expect(parse("learning-review", ["age_band: 18-25"], scope: .children).0?.subject == .youngPerson)
        #expect(parse("learning-review", ["age_band: 11-17"], scope: .adults).0?.subject == .youngPerson)
        let (review, log) = parse("learning-review", ["age_band: 26-64"], scope: .children)
        #expect(review == nil)
        #expect(log.diagnostics == [Diagnostic(
            .error, at: location(9, 11), "age_band '26-64' does not fit a review in this hub's scope 'children'",
            hint: "a review about an adult needs 'scope: both' in hub.yaml and its 'subject'; or correct 'age_band'")])
    }

    @Test func aWrittenSubjectOutsideTheScopeIsReportedAtTheSubject() {
        let (review, log) = parse("learning-review", ["subject: adult"], scope: .children)
        #expect(review == nil)
        #expect(log.diagnostics == [Diagnostic(
            .error, at: location(9, 10), "a review about an adult is outside this hub's scope 'children'",
            hint: "declare 'scope: both' in hub.yaml to publish learning about children and adults")])
        // Young people and families belong to either scope.
        #expect(parse("learning-review", ["subject: young-person"], scope: .adults).0?.subject == .youngPerson)
        #expect(parse("learning-review", ["subject: family"], scope: .children).0?.subject == .family)
    }

    @Test func anUnknownSubjectSuggestsOne() {
        let (review, log) = parse("learning-review", ["subject: adults"])
        #expect(review == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(9, 10), "'adults' is not a valid subject",
                                               hint: "did you mean 'adult'? one of: child, young-person, adult, family")])
    }

    @Test func oldIdsAndFullNamesOfReviewTypesWork() {
        for type in ReviewType.allCases {
            #expect(parse(type.rawValue, ["subject: \((Self.settled[type] ?? .adult).rawValue)"]).0?.reviewType == type,
                    "the id \(type.rawValue)")
            let fullName = type.displayName.lowercased().replacingOccurrences(of: " ", with: "-")
            #expect(ReviewType.named(fullName) == type, "the full name \(fullName)")
        }
        for (old, type) in [("learning-review", ReviewType.learningReview), ("scr", .scr), ("icr", .icr), ("cspr", .cspr),
                            ("sir", .sir), ("sar", .sar), ("dhr", .dhr), ("thematic", .thematic)] {
            #expect(ReviewType(rawValue: old) == type)
        }
        #expect(ReviewType.named("domestic-abuse-related-death-review") == .dhr)
        #expect(ReviewType.named("dardr") == .dhr)
        #expect(ReviewType.named("significant-case-review") == .scr)
        #expect(parse("safeguarding-adults-review").0?.reviewType == .sar)
        #expect(ReviewType.named("adult-review") == nil)
    }

    @Test func anIncidentNeedsHarmCausedToOthers() {
        let (review, log) = parse("sir", ["outcome: harm-to-others", "incident: sexual-offence"])
        #expect(review?.outcome == .harmToOthers && review?.incident == .sexualOffence && log.diagnostics.isEmpty)
        let (wrong, wrongLog) = parse("sir", ["outcome: death", "incident: sexual-offence"])
        #expect(wrong == nil)
        #expect(wrongLog.diagnostics == [Diagnostic(
            .error, at: location(10, 11), "'incident' is the kind of harm a person caused to others, but 'outcome' is not 'harm-to-others'",
            hint: "set 'outcome: harm-to-others', or remove 'incident'")])
    }

    @Test func everyReviewTypeSaysWhatItIsAndWhereItIsUsed() {
        let names = ReviewType.allCases.map(\.displayName)
        #expect(Set(names).count == names.count)
        for type in ReviewType.allCases {
            #expect(!type.nations.isEmpty)
            let sentence = type.explanation
            #expect(sentence.hasSuffix(".") && sentence.first?.isUppercase == true, "\(type)")
            #expect(!sentence.dropLast().contains(". "), "one sentence: \(type)")
            #expect(type.nationSentence.hasPrefix("Used in ") && type.nationSentence.hasSuffix("."))
        }
        #expect(ReviewType.sar.nationSentence == "Used in England.")
        #expect(ReviewType.dhr.nationSentence == "Used in England and Wales.")
        #expect(ReviewType.susr.nationSentence == "Used in Wales.")
        #expect(ReviewType.cmr.nationSentence == "Used in Northern Ireland.")
        #expect(ReviewType.mappaSCR.nationSentence == "Used in England, Wales and Scotland.")
        #expect(ReviewType.thematic.nationSentence == "Used in all four nations of the UK.")
        #expect(ReviewType.icr.nameInSentence == "an initial case review")
        #expect(ReviewType.mappaSCR.nameInSentence == "a MAPPA serious case review")
    }

    @Test func aHubThatDeclaresNoScopeShowsTheScopeOfItsReviews() throws {
        let children = try FixtureHub(files: ["reviews/a.md": FixtureDocument.review()])
        #expect(try #require(children.load().hub).scope == .children)
        let both = try FixtureHub(files: ["reviews/a.md": FixtureDocument.review(),
                                          "reviews/b.md": FixtureDocument.review(title: "B", reviewType: "sar")])
        #expect(try #require(both.load().hub).scope == .both)
        var yaml = HubYAML.testHub
        yaml.scope = "adults"
        let declared = try FixtureHub(hubYAML: yaml.text, files: ["reviews/b.md": FixtureDocument.review(title: "B", reviewType: "sar")])
        #expect(try #require(declared.load().hub).scope == .adults)
    }
}

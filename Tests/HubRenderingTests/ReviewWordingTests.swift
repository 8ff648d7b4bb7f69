import HubModel
import Testing
@testable import HubRendering

/// The wording of a review's content warning, list line and feed entry, for every subject and outcome:
/// written out here in full, not derived from the code.
@Suite struct ReviewWordingTests {
    static func wording(_ type: ReviewType = .learningReview, _ subject: ReviewSubject, _ outcome: ReviewOutcome?,
                        _ incident: IncidentCategory? = nil) -> ReviewWording {
        ReviewWording(ReviewDetails(reviewType: type, subject: subject, ageBand: nil, outcome: outcome, incident: incident,
                                    methodology: nil, reportAsset: nil, recommendations: []))
    }

    /// One case: what "this review describes ..." says, by subject, for death, serious harm, harm to others, death or
    /// serious harm, and no outcome (which for one case is what the review types are held for).
    static let oneCase: [ReviewSubject: [String]] = [
        .child: ["the death of a child", "serious harm to a child", "serious harm caused to others by a child",
                 "the death or serious harm of a child", "the death or serious harm of a child"],
        .youngPerson: ["the death of a young person", "serious harm to a young person",
                       "serious harm caused to others by a young person under supervision", "the death or serious harm of a young person",
                       "the death or serious harm of a young person"],
        .adult: ["the death of an adult", "serious harm to an adult", "serious harm caused to others by a person under supervision",
                 "the death or serious harm of an adult", "the death or serious harm of an adult"],
        .family: ["a death in a family", "serious harm to members of a family", "serious harm caused to others by a member of a family",
                  "the death or serious harm of members of a family", "the death or serious harm of members of a family"],
    ]

    /// A thematic review or national overview: plural, and with no outcome only that it may distress.
    static let manyCases: [ReviewSubject: [String]] = [
        .child: ["the deaths of children", "serious harm to children", "serious harm caused to others by children",
                 "the death or serious harm of children", "distressing experiences of children"],
        .youngPerson: ["the deaths of young people", "serious harm to young people",
                       "serious harm caused to others by young people under supervision", "the death or serious harm of young people",
                       "distressing experiences of young people"],
        .adult: ["the deaths of adults", "serious harm to adults", "serious harm caused to others by people under supervision",
                 "the death or serious harm of adults", "distressing experiences of adults"],
        .family: ["deaths in families", "serious harm to members of families", "serious harm caused to others by members of families",
                  "the death or serious harm of members of families", "distressing experiences of families"],
    ]

    static let outcomes: [ReviewOutcome?] = [.death, .seriousHarm, .harmToOthers, .deathOrSeriousHarm, nil]

    @Test(arguments: ReviewSubject.allCases)
    func everySubjectAndOutcome(subject: ReviewSubject) {
        for (outcome, expected) in zip(Self.outcomes, Self.oneCase[subject]!) {
            let wording = Self.wording(.learningReview, subject, outcome)
            #expect(wording.describes == expected)
            #expect(wording.contentWarning == "this review describes \(expected)")
        }
        for (outcome, expected) in zip(Self.outcomes, Self.manyCases[subject]!) {
            let wording = Self.wording(.thematic, subject, outcome)
            #expect(wording.describes == expected)
            #expect(wording.contentWarning == (outcome == nil ? "this review may describe \(expected)" : "this review describes \(expected)"))
        }
    }

    @Test func theIssuesExamples() {
        #expect(Self.wording(.sar, .adult, .death).contentWarning == "this review describes the death of an adult")
        #expect(Self.wording(.sir, .adult, .harmToOthers).contentWarning
                == "this review describes serious harm caused to others by a person under supervision")
        #expect(Self.wording(.nationalOverview, .adult, .harmToOthers).contentWarning
                == "this report describes serious harm caused to others by people under supervision")
    }

    @Test func theIncidentNamesTheHarmCausedToOthers() {
        let expected: [(IncidentCategory?, String)] = [
            (.seriousViolence, "serious violence towards others by a person under supervision"),
            (.sexualOffence, "a sexual offence committed by a person under supervision"),
            (.death, "the death of another person caused by a person under supervision"),
            (.abduction, "the abduction of another person by a person under supervision"),
            (.domesticAbuse, "domestic abuse of others by a person under supervision"),
            (.other, "serious harm caused to others by a person under supervision"),
            (nil, "serious harm caused to others by a person under supervision"),
        ]
        for (incident, text) in expected {
            #expect(Self.wording(.sir, .adult, .harmToOthers, incident).describes == text)
        }
        #expect(Self.wording(.thematic, .adult, .harmToOthers, .sexualOffence).describes == "sexual offences committed by people under supervision")
        #expect(Self.wording(.thematic, .adult, .harmToOthers, .death).describes == "the deaths of other people caused by people under supervision")
    }

    @Test func withoutAnOutcomeJusticeReviewsSayWhatTheyAreHeldFor() {
        #expect(Self.wording(.sir, .adult, nil).describes == "serious harm caused by, or to, a person under supervision")
        #expect(Self.wording(.mappaSCR, .adult, nil).describes == "serious harm caused to others by a person under supervision")
    }

    @Test func theSummaryLineIsThePhraseAsATitle() {
        #expect(Self.wording(.sar, .adult, .death).summaryLine == "Death of an adult")
        #expect(Self.wording(.cspr, .child, .seriousHarm).summaryLine == "Serious harm to a child")
        #expect(Self.wording(.learningReview, .family, .death).summaryLine == "A death in a family")
        #expect(Self.wording(.sir, .adult, .harmToOthers, .seriousViolence).summaryLine
                == "Serious violence towards others by a person under supervision")
        #expect(Self.wording(.nationalOverview, .child, .deathOrSeriousHarm).summaryLine == "Death or serious harm of children")
        #expect(Self.wording(.thematic, .adult, nil).summaryLine == nil, "no outcome, no line")
    }

    /// No wording about anyone but a child speaks of a child.
    @Test func onlyReviewsAboutAChildSpeakOfChildren() {
        for type in ReviewType.allCases {
            for subject in ReviewSubject.allCases where subject != .child {
                for outcome in Self.outcomes {
                    for incident in [nil] + IncidentCategory.allCases {
                        let wording = Self.wording(type, subject, outcome, incident)
                        #expect(!wording.contentWarning.lowercased().contains("child"), "\(type) \(subject) \(String(describing: outcome))")
                    }
                }
            }
        }
    }

    @Test func theFeedEntryOpensWithTheWarning() {
        let hub = TestHub.hub([
            TestHub.document(.review, slug: "adult-e", published: "2024-01-01", themes: ["neglect"],
                             review: ["review_type: sar", "age_band: 65-and-over", "outcome: death"]),
            TestHub.document(.brief, slug: "brief", published: "2024-02-01", themes: ["neglect"]),
        ])
        let feed = FeedWriter(hub: hub).siteFeed().xml
        #expect(feed.contains("<summary type=\"text\">This review describes the death of an adult. Summary of adult-e.</summary>"))
        #expect(feed.contains("<summary type=\"text\">Summary of brief.</summary>"), "briefs are unchanged")
    }
}

import HubModel

/// How the site words what a review describes, from who it is about (`subject`), what happened
/// (`outcome`, and `incident` for harm caused to others) and whether it covers one case or many:
/// the content warning on its page, the line under its title in lists, and its feed entry.
///
/// "the death of an adult", "serious harm to a child", "serious violence towards others by a person
/// under supervision", "the deaths of children" (a thematic review or national overview).
public struct ReviewWording: Sendable, Equatable {
    public let review: ReviewDetails

    public init(_ review: ReviewDetails) {
        self.review = review
    }

    private var many: Bool { review.reviewType.coversManyCases }

    /// "review", or "report" for a national overview report.
    public var noun: String { review.reviewType == .nationalOverview ? "report" : "review" }

    /// What the review describes, as the object of "this review describes ...".
    public var describes: String {
        guard let outcome = review.outcome else { return withoutOutcome }
        switch outcome {
        case .death: return death
        case .seriousHarm: return "serious harm to " + harmed
        case .harmToOthers: return harmToOthers
        case .deathOrSeriousHarm: return deathOrSeriousHarm
        }
    }

    /// The content warning's sentence: "this review describes the death of an adult".
    public var contentWarning: String {
        review.outcome == nil && many ? "this \(noun) may describe \(describes)" : "this \(noun) describes \(describes)"
    }

    /// The line shown under the title in lists ("Death of an adult"), when the outcome is recorded.
    public var summaryLine: String? {
        guard review.outcome != nil else { return nil }
        var phrase = describes
        if phrase.hasPrefix("the ") { phrase.removeFirst(4) }
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
    }

    /// The person harmed: "a child", "adults", "members of a family".
    private var harmed: String {
        switch review.subject {
        case .family: return many ? "members of families" : "members of a family"
        default: return many ? review.subject.pluralPhrase : review.subject.singularPhrase
        }
    }

    private var death: String {
        switch review.subject {
        case .family: return many ? "deaths in families" : "a death in a family"
        default: return many ? "the deaths of \(harmed)" : "the death of \(harmed)"
        }
    }

    /// The person who caused harm to others.
    private var perpetrator: String {
        switch review.subject {
        case .adult: return many ? "people under supervision" : "a person under supervision"
        case .youngPerson: return many ? "young people under supervision" : "a young person under supervision"
        case .child: return many ? "children" : "a child"
        case .family: return many ? "members of families" : "a member of a family"
        }
    }

    private var harmToOthers: String {
        switch review.incident {
        case .seriousViolence: return "serious violence towards others by \(perpetrator)"
        case .sexualOffence: return many ? "sexual offences committed by \(perpetrator)" : "a sexual offence committed by \(perpetrator)"
        case .death: return many ? "the deaths of other people caused by \(perpetrator)" : "the death of another person caused by \(perpetrator)"
        case .abduction: return many ? "abductions by \(perpetrator)" : "the abduction of another person by \(perpetrator)"
        case .domesticAbuse: return "domestic abuse of others by \(perpetrator)"
        case .other, nil: return "serious harm caused to others by \(perpetrator)"
        }
    }

    /// No outcome recorded: what the review type itself is held for; for a report on many cases,
    /// which may differ, only that it may distress.
    private var withoutOutcome: String {
        if many { return "distressing experiences of \(review.subject == .family ? "families" : harmed)" }
        switch review.reviewType {
        case .sir: return "serious harm caused by, or to, \(perpetrator)"
        case .mappaSCR: return "serious harm caused to others by \(perpetrator)"
        default: return deathOrSeriousHarm
        }
    }

    private var deathOrSeriousHarm: String { "the death or serious harm of \(harmed)" }
}

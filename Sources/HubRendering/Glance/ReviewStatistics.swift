import HubModel

/// The figures about reviews that national overview reports print: reviews by subject and outcome, by age
/// band within each subject, and by committee and year. Like the rest of the glance page, they count the
/// reviews that are published or withdrawn.
public struct ReviewStatistics: Sendable {
    /// Reviews per subject and outcome (nil: no outcome recorded).
    public let bySubjectOutcome: [ReviewSubject: [ReviewOutcome?: Int]]
    /// Reviews per age band (nil: none recorded) and subject.
    public let byAgeBandSubject: [AgeBand?: [ReviewSubject: Int]]
    /// Reviews per committee id and year.
    public let byCommitteeYear: [String: [Int: Int]]
    /// Years with at least one review, oldest first.
    public let years: [Int]
    public let reviewCount: Int

    public init(hub: Hub) {
        var bySubjectOutcome: [ReviewSubject: [ReviewOutcome?: Int]] = [:]
        var byAgeBand: [AgeBand?: [ReviewSubject: Int]] = [:]
        var byCommitteeYear: [String: [Int: Int]] = [:]
        var years: Set<Int> = []
        var count = 0
        for document in hub.publicDocuments {
            guard let review = document.review else { continue }
            count += 1
            bySubjectOutcome[review.subject, default: [:]][review.outcome, default: 0] += 1
            byAgeBand[review.ageBand, default: [:]][review.subject, default: 0] += 1
            if let year = document.year {
                years.insert(year)
                if let committee = document.committeeID { byCommitteeYear[committee, default: [:]][year, default: 0] += 1 }
            }
        }
        self.bySubjectOutcome = bySubjectOutcome
        byAgeBandSubject = byAgeBand
        self.byCommitteeYear = byCommitteeYear
        self.years = years.sorted()
        reviewCount = count
    }

    /// Reviews about `subject` with `outcome` (nil: not recorded).
    public func reviews(_ subject: ReviewSubject, _ outcome: ReviewOutcome?) -> Int { bySubjectOutcome[subject]?[outcome] ?? 0 }

    /// Reviews about `subject` in age band `band` (nil: not recorded).
    public func reviews(_ subject: ReviewSubject, ageBand band: AgeBand?) -> Int { byAgeBandSubject[band]?[subject] ?? 0 }

    /// Reviews of `committee` published in `year`.
    public func reviews(committee: String, in year: Int) -> Int { byCommitteeYear[committee]?[year] ?? 0 }

    /// The subjects the tables show: those that have reviews, in the content model's order.
    public var subjects: [ReviewSubject] {
        ReviewSubject.allCases.filter { bySubjectOutcome[$0] != nil }
    }

    /// The outcomes the tables show, each recorded one and "not recorded" (nil) last if any review lacks one.
    public var outcomes: [ReviewOutcome?] {
        let recorded: [ReviewOutcome?] = ReviewOutcome.allCases
        let unrecorded = bySubjectOutcome.values.contains { $0[nil] != nil }
        return recorded + (unrecorded ? [nil] : [])
    }

    /// The age bands that have reviews, youngest first, and "not recorded" (nil) last if any.
    public var ageBands: [AgeBand?] {
        let bands: [AgeBand?] = AgeBand.allCases.filter { byAgeBandSubject[$0] != nil }
        return bands + (byAgeBandSubject[nil] != nil ? [nil] : [])
    }
}

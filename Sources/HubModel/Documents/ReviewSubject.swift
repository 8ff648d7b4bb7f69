/// Who a review is about: a child, a young person, an adult, or a family as a whole.
///
/// Derived from the review type where the type settles it (a safeguarding adults review is about an
/// adult), from the hub's scope where that settles it, and otherwise given by the author as `subject:`.
public enum ReviewSubject: String, Sendable, Codable, CaseIterable, Hashable {
    case child
    case youngPerson = "young-person"
    case adult
    case family

    public var displayName: String {
        switch self {
        case .child: return "Child"
        case .youngPerson: return "Young person"
        case .adult: return "Adult"
        case .family: return "Family"
        }
    }

    /// "a child", "a young person", "an adult", "a family".
    public var singularPhrase: String {
        switch self {
        case .child: return "a child"
        case .youngPerson: return "a young person"
        case .adult: return "an adult"
        case .family: return "a family"
        }
    }

    /// "children", "young people", "adults", "families".
    public var pluralPhrase: String {
        switch self {
        case .child: return "children"
        case .youngPerson: return "young people"
        case .adult: return "adults"
        case .family: return "families"
        }
    }

    /// The age bands a person of this subject can be in: a child is under 18, a young person 11 to 25
    /// (a young person leaving care may have support to 26), an adult 18 or over; a family spans every age.
    public var ageBands: [AgeBand] {
        switch self {
        case .child: return [.under1, .oneToTwo, .threeToFour, .fiveToTen, .elevenToSeventeen]
        case .youngPerson: return [.elevenToSeventeen, .eighteenToTwentyFive]
        case .adult: return [.eighteenToTwentyFive, .twentySixToSixtyFour, .sixtyFiveAndOver]
        case .family: return AgeBand.allCases
        }
    }

    /// True when someone in `band` can be the subject of a review about this subject.
    public func fits(_ band: AgeBand) -> Bool { ageBands.contains(band) }
}

/// The kind of case review, from the content model's fixed list: the reviews of all four UK nations,
/// child and adult, and the justice reviews. Each id is a stable part of URLs (`review-types/<id>/`);
/// new kinds are added after the old ones, and `named(_:)` also accepts each kind's full name.
public enum ReviewType: String, Sendable, Codable, CaseIterable, Hashable {
    case learningReview = "learning-review"
    case scr
    case icr
    case cspr
    case sir
    case sar
    case dhr
    case thematic
    case rapidReview = "rapid-review"
    case seriousCaseReview = "serious-case-review"
    case cpr
    case apr
    case susr
    case cmr
    case mappaSCR = "mappa-scr"
    case nationalOverview = "national-overview"

    /// The kind with this id, or with this full name written as an id (`safeguarding-adults-review`,
    /// `domestic-abuse-related-death-review`, ...).
    public static func named(_ id: String) -> ReviewType? {
        ReviewType(rawValue: id) ?? aliases[id]
    }

    /// Full names and other spellings authors use, written as ids.
    public static let aliases: [String: ReviewType] = {
        var aliases: [String: ReviewType] = [:]
        for type in allCases {
            let fullName = type.displayName.lowercased().replacingOccurrences(of: " ", with: "-")
            if fullName != type.rawValue { aliases[fullName] = type }
        }
        aliases["significant-case-review"] = .scr
        aliases["thematic-review"] = .thematic
        aliases["dardr"] = .dhr
        aliases["domestic-abuse-related-death-review"] = .dhr
        aliases["mappa-significant-case-review"] = .mappaSCR
        return aliases
    }()

    /// The subject a review of this kind is always about, if the kind settles it.
    public var settledSubject: ReviewSubject? {
        switch self {
        case .cspr, .rapidReview, .cpr, .cmr: return .child
        case .sar, .apr, .dhr, .sir, .mappaSCR: return .adult
        case .learningReview, .scr, .icr, .seriousCaseReview, .susr, .thematic, .nationalOverview: return nil
        }
    }

    /// The subjects a review of this kind may be about: a child review may be about a young person under
    /// 18 or a family's children; an adult review about a young person of 16 or over (a domestic homicide
    /// review about a family, too); a kind that settles nothing, about anyone.
    public var allowedSubjects: [ReviewSubject] {
        switch settledSubject {
        case .child: return [.child, .youngPerson, .family]
        case .adult: return self == .dhr ? [.adult, .youngPerson, .family] : [.adult, .youngPerson]
        default: return ReviewSubject.allCases
        }
    }

    /// The age bands a review of this kind can concern: a child review, under 18; an adult review, 16 or over
    /// (the 11-17 band holds 16- and 17-year-olds); any other, every age.
    public var ageBands: [AgeBand] {
        switch settledSubject {
        case .child: return ReviewSubject.child.ageBands
        case .adult: return [.elevenToSeventeen] + ReviewSubject.adult.ageBands
        default: return AgeBand.allCases
        }
    }

    /// Reviews that draw on many cases (a thematic review, a national overview), whose wording is plural
    /// and which may list the reviews they draw on.
    public var coversManyCases: Bool { self == .thematic || self == .nationalOverview }
}

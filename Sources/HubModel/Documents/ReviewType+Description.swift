/// What each kind of review is called, where it is used, and what it is, in one sentence (from the
/// statutory and national guidance of each nation; see the README's content model).
extension ReviewType {
    /// The full name, e.g. "Safeguarding adults review".
    public var displayName: String {
        switch self {
        case .learningReview: return "Learning review"
        case .scr: return "Significant case review"
        case .icr: return "Initial case review"
        case .cspr: return "Child safeguarding practice review"
        case .sir: return "Serious incident review"
        case .sar: return "Safeguarding adults review"
        case .dhr: return "Domestic homicide review"
        case .thematic: return "Thematic review"
        case .rapidReview: return "Rapid review"
        case .seriousCaseReview: return "Serious case review"
        case .cpr: return "Child practice review"
        case .apr: return "Adult practice review"
        case .susr: return "Single unified safeguarding review"
        case .cmr: return "Case management review"
        case .mappaSCR: return "MAPPA serious case review"
        case .nationalOverview: return "National overview report"
        }
    }

    /// The name within a sentence: "learning review", "MAPPA serious case review".
    public var nameInText: String { self == .mappaSCR ? displayName : displayName.lowercased() }

    /// The name in a sentence, with its article: "a learning review", "an initial case review", "a MAPPA serious case review".
    public var nameInSentence: String { ("aeiou".contains(nameInText.prefix(1)) ? "an " : "a ") + nameInText }

    /// The plural of the full name, e.g. "Safeguarding adults reviews".
    public var pluralName: String { displayName + "s" }

    /// The nations whose guidance provides for this kind of review.
    public var nations: [UKNation] {
        switch self {
        case .learningReview, .scr, .icr, .sir: return [.scotland]
        case .cspr, .rapidReview, .seriousCaseReview, .sar: return [.england]
        case .cpr, .apr, .susr: return [.wales]
        case .cmr: return [.northernIreland]
        case .dhr: return [.england, .wales]
        case .mappaSCR: return [.england, .wales, .scotland]
        case .thematic, .nationalOverview: return UKNation.allCases
        }
    }

    /// "Used in Scotland.", "Used in England and Wales.", ...
    public var nationSentence: String { "Used in \(UKNation.phrase(nations))." }

    /// What this kind of review is, in one sentence.
    public var explanation: String {
        switch self {
        case .learningReview:
            return "A multi-agency review that a child protection or adult protection committee holds when a child or an adult at risk of harm has died or been seriously harmed and there is learning about how services worked together."
        case .scr:
            return "A review, used until learning reviews replaced it in 2021 and 2022, in which the agencies involved looked together at how a child or an adult at risk came to die or be significantly harmed, and at what should change."
        case .icr:
            return "A short first look at a case, before any significant case review, in which a protection committee gathered what the agencies knew and decided whether a full review, some other action or nothing further was needed."
        case .cspr:
            return "A review that the local safeguarding partners commission when abuse or neglect of a child is known or suspected and the child has died or been seriously harmed, to learn how children can be better protected."
        case .sir:
            return "A review by a council's justice social work service after a person it supervises under a court order or a prison licence is charged with an offence that killed or seriously harmed someone, or is themselves seriously harmed or dies in circumstances that call for public assurance."
        case .sar:
            return "A review that a Safeguarding Adults Board must arrange under the Care Act 2014 when an adult with care and support needs has died or suffered serious abuse or neglect and agencies could have worked together better."
        case .dhr:
            return "A multi-agency review of the death of a person aged 16 or over that has, or appears to have, resulted from domestic abuse; the Victims and Prisoners Act 2024 renames it a domestic abuse related death review."
        case .thematic:
            return "A review that looks across several cases, or at one theme of practice, for learning that a review of a single case cannot show."
        case .rapidReview:
            return "The first step after a serious child safeguarding incident is notified, in which the safeguarding partners gather the facts within 15 working days and decide whether a child safeguarding practice review is needed."
        case .seriousCaseReview:
            return "A review held when abuse or neglect was known or suspected and a child or an adult had died or been seriously harmed, until child safeguarding practice reviews replaced it for children in 2019 and safeguarding adults reviews for adults in 2015."
        case .cpr:
            return "A review that a regional safeguarding board held when abuse or neglect of a child was known or suspected and the child had died or been seriously harmed, until single unified safeguarding reviews replaced it in 2024."
        case .apr:
            return "A review that a regional safeguarding board held when an adult at risk had died or been seriously harmed and abuse or neglect was known or suspected, until single unified safeguarding reviews replaced it in 2024."
        case .susr:
            return "Since October 2024, one review after a death or serious harm that brings together child and adult practice reviews, domestic homicide reviews, mental health homicide reviews and offensive weapon homicide reviews."
        case .cmr:
            return "A review that the Safeguarding Board for Northern Ireland undertakes when a child has died or been significantly harmed and abuse or neglect is known or suspected, to learn how agencies can keep children safer."
        case .mappaSCR:
            return "A review of how agencies managed a person under multi-agency public protection arrangements (MAPPA) who is charged with a serious violent or sexual offence; Scotland calls it a MAPPA significant case review."
        case .nationalOverview:
            return "A report that brings together what many reviews across a nation found, such as a national inspectorate's overview of learning reviews or of serious incident reviews."
        }
    }
}

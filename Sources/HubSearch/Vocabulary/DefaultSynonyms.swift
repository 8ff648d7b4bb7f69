import HubModel

/// The search vocabulary shipped with the generator: the acronyms and terms of safeguarding and public
/// protection across the four UK nations, each with what the other nations, agencies and professions
/// call the same thing. Written for this project from the terms defined in the nations' statutory
/// guidance and the national review panels' publications (the README lists them); `hub.yaml` adds
/// entries or replaces them (`search: synonyms:`).
public enum DefaultSynonyms {
    public static let all: [SearchSynonym] = abuse + care + meetings + services + reviews + health + infants + education

    /// Forms of abuse and exploitation.
    static let abuse: [SearchSynonym] = [
        SearchSynonym("domestic abuse", same: ["DA", "DV", "DVA", "domestic violence", "domestic violence and abuse",
                                               "intimate partner violence", "IPV"]),
        SearchSynonym("coercive control", same: ["coercive and controlling behaviour", "controlling behaviour"],
                      broader: ["domestic abuse"]),
        SearchSynonym("perpetrator", same: ["person causing harm", "person who causes harm", "person using abuse"]),
        SearchSynonym("CSE", same: ["child sexual exploitation", "sexual exploitation"], broader: ["exploitation"]),
        SearchSynonym("CCE", same: ["child criminal exploitation", "criminal exploitation"], broader: ["exploitation"]),
        SearchSynonym("county lines", same: [], broader: ["criminal exploitation"]),
        SearchSynonym("CSA", same: ["child sexual abuse", "sexual abuse"]),
        SearchSynonym("HSB", same: ["harmful sexual behaviour", "harmful sexual behaviours"]),
        SearchSynonym("child on child abuse", same: ["child-on-child abuse", "peer on peer abuse", "peer-on-peer abuse"]),
        SearchSynonym("FGM", same: ["female genital mutilation"]),
        SearchSynonym("honour based abuse", same: ["honour-based abuse", "HBA", "honour based violence", "HBV"]),
        SearchSynonym("modern slavery", same: ["human trafficking", "trafficking"]),
        SearchSynonym("NRM", same: ["national referral mechanism"]),
        SearchSynonym("NAI", same: ["non-accidental injury", "non-accidental injuries", "inflicted injury", "inflicted injuries"]),
        SearchSynonym("AHT", same: ["abusive head trauma", "shaken baby", "non-accidental head injury"]),
        SearchSynonym("self-harm", same: ["self harm", "self-injury", "self injury", "DSH", "deliberate self-harm"]),
        SearchSynonym("substance misuse", same: ["substance use", "drug and alcohol use", "drugs and alcohol", "alcohol and drugs",
                                                 "drug and alcohol misuse", "alcohol and drug use"]),
        SearchSynonym("ACEs", same: ["ACE", "adverse childhood experiences", "adverse childhood experience"]),
    ]

    /// Children in care and the plans and registers of child protection.
    static let care: [SearchSynonym] = [
        SearchSynonym("LAC", same: ["CLA", "looked after", "looked after child", "looked after children", "children looked after",
                                    "child looked after", "child in care", "children in care", "care experienced",
                                    "care-experienced"]),
        SearchSynonym("CIN", same: ["child in need", "children in need"]),
        SearchSynonym("kinship care", same: ["family and friends care", "connected persons"]),
        SearchSynonym("child protection plan", same: ["CP plan", "CPP", "child protection register", "registration",
                                                      "child protection registration"]),
        SearchSynonym("CP", same: ["child protection"]),
        SearchSynonym("PLO", same: ["public law outline"]),
        SearchSynonym("EPO", same: ["emergency protection order", "CPO", "child protection order"]),
        SearchSynonym("UASC", same: ["unaccompanied asylum seeking children", "unaccompanied asylum-seeking children",
                                     "unaccompanied children"]),
        SearchSynonym("CYP", same: ["children and young people"]),
    ]

    /// The meetings, enquiries and discussions of child protection.
    static let meetings: [SearchSynonym] = [
        SearchSynonym("child protection conference", same: ["case conference", "child protection case conference",
                                                            "CPCC", "child protection planning meeting", "CPPM"]),
        SearchSynonym("transfer conference", same: ["transfer-in conference", "child protection transfer conference"],
                      broader: ["child protection conference"]),
        SearchSynonym("ICPC", same: ["initial child protection conference", "initial case conference"],
                      broader: ["child protection conference"]),
        SearchSynonym("RCPC", same: ["review child protection conference", "review case conference"],
                      broader: ["child protection conference"]),
        SearchSynonym("s47", same: ["section 47", "s.47", "section 47 enquiry", "section 47 enquiries", "child protection enquiry",
                                    "child protection enquiries", "child protection investigation", "article 66"]),
        SearchSynonym("IRD", same: ["inter-agency referral discussion", "interagency referral discussion",
                                    "strategy discussion", "strategy meeting"]),
        SearchSynonym("MARAC", same: ["multi-agency risk assessment conference"]),
        SearchSynonym("MAPPA", same: ["multi-agency public protection arrangements"]),
        SearchSynonym("TAF", same: ["team around the family"]),
        SearchSynonym("TAC", same: ["team around the child"]),
        SearchSynonym("EHA", same: ["early help assessment", "CAF", "common assessment framework"]),
        SearchSynonym("was not brought", same: ["WNB", "did not attend", "DNA", "missed appointment", "missed appointments"]),
    ]

    /// Services and roles.
    static let services: [SearchSynonym] = [
        SearchSynonym("MASH", same: ["multi-agency safeguarding hub"]),
        SearchSynonym("LADO", same: ["local authority designated officer", "designated officer"]),
        SearchSynonym("IRO", same: ["independent reviewing officer"]),
        SearchSynonym("DSL", same: ["designated safeguarding lead"]),
        SearchSynonym("IDVA", same: ["independent domestic violence adviser", "independent domestic violence advisor"]),
        SearchSynonym("YOT", same: ["youth offending team", "YOS", "youth offending service", "youth justice service"]),
        SearchSynonym("GIRFEC", same: ["getting it right for every child"]),
        SearchSynonym("GP", same: ["general practitioner", "general practice", "family doctor"]),
        SearchSynonym("HV", same: ["health visitor", "health visitors", "health visiting", "public health nurse"]),
        SearchSynonym("CAMHS", same: ["child and adolescent mental health services", "child and adolescent mental health service",
                                      "CYPMHS", "children and young people's mental health services"]),
        SearchSynonym("ED", same: ["emergency department", "A&E", "A and E", "accident and emergency"]),
    ]

    /// The reviews of the four nations.
    static let reviews: [SearchSynonym] = [
        SearchSynonym("CSPR", same: ["child safeguarding practice review", "LCSPR", "local child safeguarding practice review"],
                      broader: ["case review"]),
        SearchSynonym("SCR", same: ["serious case review", "significant case review"], broader: ["case review"]),
        SearchSynonym("ICR", same: ["initial case review"], broader: ["case review"]),
        SearchSynonym("CMR", same: ["case management review"], broader: ["case review"]),
        SearchSynonym("child practice review", same: ["extended child practice review", "concise child practice review"],
                      broader: ["case review"]),
        SearchSynonym("SAR", same: ["safeguarding adults review", "safeguarding adult review"], broader: ["case review"]),
        SearchSynonym("DHR", same: ["domestic homicide review", "domestic abuse related death review"], broader: ["case review"]),
    ]

    /// Health and mental health.
    static let health: [SearchSynonym] = [
        SearchSynonym("mental health", same: ["mental ill health", "mental illness"]),
        SearchSynonym("suicidal ideation", same: ["suicidal thoughts", "suicidal thinking"]),
        SearchSynonym("perinatal mental health", same: ["postnatal depression", "post-natal depression", "PND"]),
        SearchSynonym("pre-birth", same: ["prebirth", "antenatal", "ante-natal", "unborn baby"]),
    ]

    /// The deaths of infants and safer sleep.
    static let infants: [SearchSynonym] = [
        SearchSynonym("SUDI", same: ["sudden unexpected death in infancy", "sudden unexpected death of an infant",
                                     "sudden infant death", "SIDS", "sudden infant death syndrome", "cot death",
                                     "SUDIC", "sudden and unexpected death", "sudden unexpected death"],
                      broader: ["safer sleep", "unsafe sleep", "unsafe sleeping"]),
        SearchSynonym("co-sleeping", same: ["bed-sharing", "bed sharing", "sofa-sharing", "sofa sharing", "shared sleeping",
                                            "sleeping with a baby", "sleeping with the baby", "sleeping with their baby"],
                      broader: ["safer sleep", "unsafe sleep", "unsafe sleeping"]),
    ]

    /// Education and additional needs.
    static let education: [SearchSynonym] = [
        SearchSynonym("SEND", same: ["SEN", "special educational needs", "ALN", "additional learning needs",
                                     "ASN", "additional support needs"]),
        SearchSynonym("EHCP", same: ["education health and care plan", "EHC plan"]),
        SearchSynonym("SENCO", same: ["special educational needs coordinator", "special educational needs co-ordinator"]),
        SearchSynonym("EHE", same: ["elective home education", "home education", "home educated", "home schooling"]),
    ]
}

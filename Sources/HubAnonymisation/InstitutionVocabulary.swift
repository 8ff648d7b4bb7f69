/// The words the named-institution check works with, all lower case.
enum InstitutionVocabulary {
    /// Institution nouns (the last word of a name), capitalised in the text, and for some the type words
    /// that must come just before them ("Centre" alone is too vague: "Family Centre", "Health Centre").
    static let heads: [String: Set<String>?] = [
        "school": nil, "academy": nil, "nursery": nil, "surgery": nil, "hospital": nil, "infirmary": nil,
        "college": nil, "clinic": nil, "hospice": nil, "playgroup": nil, "high": nil, "primary": nil,
        "centre": ["family", "health", "medical", "children", "childrens", "nursery", "years", "learning", "development"],
        "center": ["family", "health", "medical", "children", "childrens", "nursery", "years", "learning", "development"],
        "practice": ["medical", "gp", "health", "dental", "family", "group"],
    ]

    /// Heads that may carry an "of" phrase: "Royal Infirmary of Edinburgh".
    static let headsTakingOf: Set<String> = ["hospital", "infirmary"]

    /// Type words that may stand between a name and its head: "Westfield High School", "Glenwood Health Centre".
    static let typeWords: Set<String> = [
        "primary", "secondary", "high", "grammar", "nursery", "infant", "infants", "junior", "middle", "upper",
        "lower", "special", "community", "preparatory", "prep", "academy", "medical", "health", "family", "gp",
        "dental", "general", "university", "teaching", "district", "children", "childrens", "child", "early",
        "years", "learning", "development", "rc", "catholic", "episcopal", "free", "independent", "day",
        "group", "sixth", "form", "cottage", "maternity", "memorial", "parish", "church", "village", "county",
        "city", "school", "hospital", "practice", "psychiatric", "women", "womens", "sick", "eye", "dental",
    ]

    /// Capitalised words that are not names: determiners, pronouns, prepositions and the like (often
    /// capitalised only because they start a sentence or a heading), and the generic adjectives that come
    /// before institution nouns ("the Acute Hospital", "Local Primary School").
    static let notNames: Set<String> = [
        // Determiners, pronouns, quantifiers.
        "the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "hers", "its", "our", "your",
        "my", "each", "every", "any", "all", "both", "either", "neither", "no", "some", "many", "most", "much",
        "more", "few", "several", "such", "same", "other", "another", "one", "two", "three", "four", "five", "which",
        "whose", "what", "whatever", "it", "he", "she", "they", "we", "you", "i", "them", "us", "him",
        // Prepositions, conjunctions, adverbs.
        "at", "in", "on", "from", "to", "by", "for", "with", "after", "before", "during", "within", "into",
        "onto", "of", "and", "or", "but", "if", "when", "while", "whilst", "where", "as", "because", "since",
        "until", "although", "though", "then", "also", "only", "not", "nor", "so", "yet", "there", "here",
        "once", "across", "between", "through", "towards", "toward", "under", "over", "about", "around",
        "against", "without", "upon", "per", "via", "than", "like", "unlike", "despite", "following",
        "regarding", "concerning", "including", "given", "why", "how", "who", "whether", "whom", "however",
        "therefore", "thus", "instead", "still", "even", "just", "very", "again", "already", "now", "later",
        "earlier", "soon", "often", "never", "always", "sometimes", "both", "each", "see", "note", "eg", "ie",
        // Verbs and auxiliaries that start sentences or headings.
        "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "having", "did", "does", "do",
        "could", "would", "should", "will", "may", "might", "must", "can", "shall", "attended", "attending",
        "attend", "attends", "visited", "visiting", "contacted", "contact", "moving", "moved", "leaving", "left",
        "starting", "started", "joining", "joined", "changing", "changed", "transferring", "transfer", "transition",
        "referral", "referred", "admitted", "admission", "admissions", "discharged", "discharge", "informed",
        "told", "asked", "called", "phoned", "emailed", "saw", "seen", "says", "said", "recorded", "noted",
        "reported", "raised", "shared", "made", "make", "took", "taken", "gave", "went", "came", "returned",
        // Generic adjectives and roles before institution nouns.
        "local", "primary", "secondary", "special", "acute", "general", "district", "previous",
        "former", "current", "present", "existing", "other", "nearest", "nearby", "neighbouring", "main",
        "mainstream", "independent", "private", "state", "public", "specialist", "residential", "secure",
        "boarding", "adult", "adults", "paediatric", "pediatric", "maternity", "psychiatric", "mental",
        "community", "teaching", "named", "designated", "receiving", "sending", "home", "host", "relevant",
        "appropriate", "registered", "own", "usual", "regular", "different", "single", "whole", "wider", "full",
        "early", "years", "learning", "further", "higher", "education", "educational", "national", "regional",
        "scottish", "english", "welsh", "british", "irish", "uk", "catholic", "denominational",
        "non-denominational", "roman", "faith", "rural", "urban", "city", "town", "county", "village", "area",
        "emergency", "accident", "day", "night", "outpatient", "outpatients", "inpatient", "antenatal",
        "postnatal", "sexual", "fracture", "fertility", "cosmetic", "plastic", "cardiac", "orthopaedic",
        "feeding", "sleep", "speech", "language", "therapy", "therapies", "family", "families", "parent",
        "parents", "child", "children", "childrens", "baby", "babies", "young", "person", "people", "pupil",
        "pupils", "student", "students", "staff", "teacher", "teachers", "mother", "father", "sibling",
        "siblings", "carer", "carers", "kinship", "foster", "looked", "care", "health", "social", "police",
        "nhs", "gp", "gps", "council", "authority", "board", "partnership", "committee", "protection", "service",
        "services", "team", "teams", "unit", "units", "department", "ward", "wards", "lead", "key", "senior",
        "medical", "dental", "clinical", "nursing", "midwifery", "multi-agency", "agency", "agencies", "hospital",
        "school", "schools", "nursery", "nurseries", "practice", "practices", "college", "university", "academy",
        "centre", "clinic", "surgery", "hospice", "good", "best", "better", "poor", "safe", "safer", "small",
        "large", "big", "high", "low", "first", "second", "third", "last", "next", "final", "annual",
        "weekly", "daily", "monthly", "term", "summer", "winter", "spring", "autumn", "holiday", "holidays",
        "case", "review", "reviews", "learning", "report", "reports", "appendix", "table", "figure", "section",
        "part", "chapter", "recommendation", "recommendations", "finding", "findings", "summary", "background",
        "introduction", "conclusion", "conclusions", "question", "questions", "action", "actions", "response",
        "support", "supporting", "role", "roles", "links", "link", "liaison", "involvement", "engagement",
        "attendance", "absence", "absences", "exclusion", "exclusions", "concerns", "concern", "worries",
        "information", "sharing", "communication", "communications", "meeting", "meetings", "assessment",
        "assessments", "plan", "plans", "planning", "training", "police", "housing", "justice", "court",
        "courts", "prison", "prisons", "custody", "forensic", "covid", "covid-19", "pandemic", "lockdown",
        "december", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "whole-school", "all-through", "out-of-hours", "after-school", "breakfast", "club", "clubs",
        "police", "army", "military", "football", "sports", "music", "dance", "drama", "art", "arts", "driving",
        "bible", "vocational", "gaelic", "medium", "mr", "mrs", "ms", "miss", "dr", "technical", "training", "apprenticeship", "sixth", "form",
        "receiving", "feeder", "catchment", "alternative", "provision", "pupil-referral", "referral",
        "hospitals", "colleges", "universities", "infirmaries", "clinics", "surgeries", "centres",
    ]

    /// Words kept as part of a name but not enough on their own: "West Lothian College", "Royal Infirmary of
    /// Edinburgh" are names; "the Royal Hospital", "New College" alone are not reported.
    static let weakNames: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "mid",
        "royal", "new", "old", "upper", "lower", "great", "little", "queen", "king", "prince", "princess",
    ]

    /// Name prefixes that are kept but do not count as a name on their own: "St Mary's".
    static let saintPrefixes: Set<String> = ["st", "st.", "saint", "ste"]
}

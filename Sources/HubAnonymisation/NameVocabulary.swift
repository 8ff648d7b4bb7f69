/// The words the name check reads names by, all lower case (see `NameMatcher`).
enum NameVocabulary {
    /// Titles that any capitalised word after them makes a name: "Mrs Kowalczyk", "PC Jones", "Dr Vincent".
    static let titles: [String] = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "pc", "dc", "ds", "di", "dci", "dsi", "sgt",
        "sergeant", "constable", "inspector", "cllr", "councillor", "rev", "revd", "reverend",
    ]

    /// Forms of address a known given name or surname after them makes a name: "Nana Pat", "Uncle Dave", "Nurse Jones".
    static let honorifics: [String] = [
        "sir", "dame", "lord", "lady", "nurse", "sister", "nana", "nanna", "nan", "gran", "granny", "grandma", "grandad",
        "grandpa", "uncle", "aunt", "auntie", "aunty", "judge", "sheriff", "imam", "rabbi", "pastor", "father", "mum", "dad",
    ]

    /// Roles and relations that a name may follow in apposition: "the social worker, Karen Platt,",
    /// "her stepfather Darren", "Child R's mother, Leanne Hughes,", "a man called Dean".
    static let roles: [String] = [
        "worker", "visitor", "teacher", "headteacher", "head", "midwife", "nurse", "doctor", "gp", "paediatrician",
        "consultant", "officer", "constable", "manager", "practitioner", "keyworker", "therapist", "psychologist",
        "psychiatrist", "counsellor", "advocate", "coordinator", "co-ordinator", "chair", "reviewer", "inspector",
        "detective", "sergeant", "solicitor", "lawyer", "clinician", "registrar", "surgeon", "dentist", "pharmacist",
        "childminder", "nanny", "carer", "mother", "father", "mum", "dad", "stepfather", "stepmother", "stepdad",
        "stepmum", "parent", "partner", "boyfriend", "girlfriend", "husband", "wife", "ex-partner", "brother",
        "sister", "half-brother", "half-sister", "stepbrother", "stepsister", "sibling", "son", "daughter", "stepson",
        "stepdaughter", "grandmother", "grandfather", "grandma", "grandad", "granny", "gran", "nan", "nana",
        "grandparent", "aunt", "auntie", "uncle", "cousin", "niece", "nephew", "neighbour", "friend", "lodger",
        "baby", "child", "infant", "toddler", "man", "woman", "boy", "girl", "called", "named", "aka", "pupil",
        "student", "tenant", "landlord", "employer", "colleague", "supervisor", "leader", "director", "executive",
        "author", "contact", "chairperson", "convener", "convenor", "secretary", "administrator", "assistant",
    ]

    /// What follows a possessive of people and of things alike ("the Council's view", "Staff's needs"):
    /// at the start of a sentence, where every word has a capital, these say nothing of a name.
    static let anyonesPossessions: Set<String> = [
        "view", "views", "needs", "death", "social", "key", "health", "life", "voice", "wishes", "behaviour",
        "presentation", "attendance", "family", "home", "house", "body", "weight",
    ]

    /// What a person's possessive is followed by: "Jayden's mother", "Kacper's school".
    static let possessed: [String] = [
        "mother", "father", "mum", "dad", "mummy", "daddy", "parents", "parent", "brother", "brothers", "sister",
        "sisters", "sibling", "siblings", "son", "daughter", "baby", "partner", "boyfriend", "girlfriend", "husband",
        "wife", "grandmother", "grandfather", "gran", "nan", "grandparents", "aunt", "uncle", "cousin", "cousins",
        "family", "home", "house", "flat", "bedroom", "room", "school", "nursery", "class", "teacher", "friend",
        "friends", "birthday", "death", "injuries", "injury", "behaviour", "needs", "stepfather", "stepmother",
        "carer", "carers", "cot", "bed", "body", "health", "weight", "view", "views", "voice", "wishes", "life",
        "dog", "car", "phone", "mobile", "attendance", "presentation", "social", "key", "gp",
    ]

    /// Words that, right after capitalised words, make them the name of a place, an organisation, a
    /// law, a model or a work rather than a person: "Hope Street", "Brandon Centre", "Munro Review".
    static let heads: [String] = [
        "street", "road", "lane", "avenue", "drive", "close", "crescent", "terrace", "place", "square", "gardens",
        "park", "way", "court", "house", "hall", "centre", "center", "hub", "unit", "ward", "clinic", "hospital",
        "school", "academy", "college", "university", "nursery", "practice", "surgery", "trust", "foundation",
        "council", "service", "services", "team", "partnership", "board", "committee", "group", "project",
        "programme", "program", "model", "framework", "approach", "act", "profile", "tool", "toolkit", "scale",
        "inquiry", "report", "review", "award", "prize", "lecture", "syndrome", "disease", "principle", "rule",
        "test", "line", "institute", "society", "association", "charity", "church", "mosque", "temple", "estate",
        "village", "town", "city", "county", "shire", "bridge", "station", "airport", "prison", "police",
        "constabulary", "health", "care", "homes", "ltd", "limited", "plc", "llp", "inc", "publishing", "press",
        "books", "journal", "magazine", "news", "times", "guardian", "library", "museum", "gallery", "theatre",
        "cinema", "stadium", "arena", "hotel", "bay", "hill", "hills", "valley", "river", "loch", "lake", "island",
        "isles", "moor", "forest", "wood", "woods", "green", "common", "row", "mews", "walk", "view", "rise", "grove",
        "parade", "quay", "wharf", "dock", "tower", "towers", "building", "buildings", "campus", "ward", "wing",
        "lodge", "manor", "farm", "cottage", "cottages", "mill", "works", "industries", "solutions", "consulting",
        "associates", "partners", "network", "alliance", "forum", "panel", "commission", "office", "agency",
        "authority", "department", "directorate", "division", "ministry", "inspectorate", "tribunal", "court",
        "assessment", "method", "methodology", "technique", "theory", "triangle", "curve", "effect", "index",
        "questionnaire", "inventory", "checklist", "protocol", "pathway", "guidance", "standards", "code",
        "scheme", "fund", "fellowship", "medal", "cup", "league", "club", "fc", "united", "rovers",
        "city's", "shopping", "retail", "market", "primary", "high", "grammar", "infirmary", "hospice",
    ]

    /// Places, some of which are people's names too ("Kent", "Lewis", "Victoria", "Jordan"): a name only
    /// where its neighbours say so ("her partner, Lewis Grant,"), never on the gazetteer's word alone.
    static let places: [String] = [
        "scotland", "england", "wales", "ireland", "britain", "uk", "europe", "africa", "asia", "america", "australia",
        "jordan", "paris", "london", "chelsea", "kent", "angus", "york", "lincoln", "chester", "stirling", "perth",
        "clare", "antrim", "derry", "kingston", "richmond", "warwick", "bedford", "preston", "bolton", "bradford",
        "burnley", "crawley", "darlington", "derby", "durham", "halifax", "harrow", "hastings", "kendal",
        "lancaster", "luton", "milton", "newport", "norwich", "oxford", "reading", "sheffield", "salford",
        "stockport", "sutton", "swindon", "taunton", "wakefield", "walsall", "warrington", "wigan", "winchester",
        "worcester", "wrexham", "carlisle", "dundee", "glasgow", "edinburgh", "aberdeen", "inverness", "falkirk",
        "fife", "lothian", "highland", "moray", "ayr", "ayrshire", "lanark", "lanarkshire", "clyde", "forth", "tay",
        "argyll", "bute", "orkney", "shetland", "dumfries", "galloway", "borders", "renfrew", "renfrewshire",
        "dunbarton", "dunbartonshire", "clackmannan", "clackmannanshire", "devon", "cornwall", "dorset", "somerset",
        "essex", "surrey", "sussex", "norfolk", "suffolk", "cambridge", "cumbria", "lancashire", "yorkshire",
        "cheshire", "devon", "victoria", "florence", "georgia", "sydney", "charlotte", "elizabeth", "albert",
        "alexandra", "wellington", "nelson", "washington", "jackson", "houston", "dallas", "austin", "phoenix",
        "orlando", "india", "china", "syria", "kenya", "ghana", "nigeria", "somalia", "poland", "romania",
        "lithuania", "latvia", "portugal", "italy", "spain", "turkey", "france", "germany", "israel", "palestine",
        "gaza", "iran", "iraq", "afghanistan", "pakistan", "bangladesh", "sudan", "eritrea", "ethiopia", "egypt",
        "morocco", "libya", "yemen", "ukraine", "russia", "albania", "kosovo", "vietnam", "brazil", "jamaica",
        "barbados", "trinidad", "tobago", "dominica", "grenada", "lucia", "kitts", "nevis", "bermuda", "cyprus",
        "malta", "gibraltar", "belfast", "cardiff", "swansea", "birmingham", "manchester", "liverpool", "leeds",
        "bristol", "nottingham", "leicester", "coventry", "brighton", "hove", "southampton", "portsmouth",
        "plymouth", "exeter", "bath", "gloucester", "hereford", "shrewsbury", "stoke", "trent", "hull", "grimsby",
        "doncaster", "rotherham", "barnsley", "huddersfield", "bury", "oldham", "rochdale", "blackburn", "blackpool",
        "sunderland", "newcastle", "gateshead", "middlesbrough", "stockton", "hartlepool", "tyne", "wear", "tees",
        "mersey", "thames", "severn", "avon", "medway", "camden", "hackney", "islington", "lambeth", "southwark",
        "lewisham", "greenwich", "croydon", "bromley", "barnet", "brent", "ealing", "enfield", "haringey",
        "havering", "hillingdon", "hounslow", "merton", "newham", "redbridge", "tower", "hamlets", "waltham",
        "wandsworth", "westminster", "hammersmith", "fulham", "kensington", "bexley", "dagenham", "barking",
        "eilean", "siar", "comhairle", "arran", "skye", "lewis", "harris", "mull", "islay", "iona", "tiree", "uist",
        "barra", "jura", "zetland", "grampian", "tayside",
    ]

    /// Capitalised words of this field, of places and of the calendar that are not people's names,
    /// although some are in the name lists: "Care Inspectorate", "Signs of Safety", "Working Together",
    /// "Early Help", "Graded Care Profile", "Christmas", "Kent".
    static let notNames: [String] = [
        // The field's vocabulary.
        "child", "children", "baby", "young", "person", "people", "adult", "adults", "mother", "father", "parent",
        "parents", "sibling", "siblings", "family", "families", "care", "carer", "carers", "early", "help", "hope",
        "working", "together", "signs", "safety", "graded", "profile", "inspectorate", "council", "councils",
        "partnership", "committee", "board", "service", "services", "team", "hub", "case", "review", "reviews",
        "learning", "practice", "practitioner", "practitioners", "safeguarding", "protection", "public", "social",
        "health", "education", "police", "justice", "court", "courts", "housing", "national", "local", "authority",
        "scottish", "english", "welsh", "irish", "british", "northern", "southern", "eastern", "western", "central",
        "north", "south", "east", "west", "royal", "queen", "king", "prince", "princess", "duke", "duchess", "saint",
        "st", "named", "lead", "chief", "executive", "officer", "manager", "director", "minister", "secretary",
        "staff", "reviewer", "reviewers", "champion", "champions", "chair", "panel", "author", "authors",
        "government", "parliament", "cabinet", "office", "department", "home", "foster", "kinship", "adoption",
        "looked", "after", "serious", "significant", "incident", "incidents", "harm", "neglect", "abuse", "domestic",
        "violence", "mental", "wellbeing", "nurture", "nurturing", "trauma", "informed", "signs", "of", "the",
        "getting", "right", "every", "for", "solihull", "approach", "barnardo", "barnardos", "nspcc", "childline",
        "samaritans", "aid", "women", "citizens", "advice", "action", "trust", "marie", "curie", "macmillan",
        "mind", "shelter", "refuge", "brook", "traffic", "light", "tool", "munchausen", "asperger", "aspergers",
        "down", "crohn", "tourette", "alzheimer", "parkinson", "huntington", "hodgkin", "cushing", "addison",
        "christmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "passover", "christian", "christians",
        "muslim", "muslims", "jewish", "sikh", "hindu", "buddhist", "catholic", "protestant", "anglican", "islam",
        "allah", "god", "jesus", "christ", "lord", "bible", "quran", "koran", "google", "facebook", "instagram",
        "snapchat", "tiktok", "whatsapp", "youtube", "twitter", "microsoft", "teams", "zoom", "apple", "amazon",
        "xbox", "playstation", "netflix", "covid", "coronavirus", "lockdown", "brexit", "internet", "online",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "spring", "summer", "autumn", "winter", "new", "year", "day", "week", "month", "christmas", "boxing",
        "mothers", "fathers", "valentine", "halloween", "bonfire", "guy", "fawkes", "santa", "claus",
        "appendix", "annex", "figure", "table", "chapter", "section", "part", "paragraph", "page", "volume",
        "recommendation", "recommendations", "finding", "findings", "summary", "introduction", "conclusion",
        "background", "contents", "glossary", "references", "bibliography", "acknowledgements", "foreword",
        "dear", "yours", "sincerely", "regards", "thanks", "thank", "please", "note", "notes", "see", "also",
        "english", "french", "german", "spanish", "italian", "polish", "romanian", "lithuanian", "latvian",
        "portuguese", "turkish", "arabic", "urdu", "punjabi", "bengali", "gujarati", "hindi", "somali", "chinese",
        "mandarin", "cantonese", "vietnamese", "kurdish", "farsi", "persian", "pashto", "tigrinya", "amharic",
        "african", "asian", "caribbean", "european", "american", "indian", "pakistani", "bangladeshi", "nigerian",
        "ghanaian", "eritrean", "syrian", "afghan", "iraqi", "iranian", "roma", "gypsy", "traveller", "travellers",
        "black", "white", "mixed", "other", "ethnic", "minority", "minorities", "bame", "lgbt", "lgbtq",
        "english", "maths", "science", "history", "geography", "music", "drama", "art", "pe", "religious",
        "nhs", "gp", "gps", "camhs", "cahms", "a&e", "ae", "ed", "icu", "nicu", "picu", "scbu", "hv", "sw", "swd",
        "mash", "marac", "mappa", "iro", "lado", "send", "sen", "ehcp", "cin", "cp", "cpp", "lac", "cla", "ofsted",
        "estyn", "hmicfrs", "hmi", "cqc", "his", "hiw", "ciw", "rqia", "scie", "nice", "sign", "rcpch", "bma",
        // Words that start sentences and headings, in the name lists.
        "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "today", "tomorrow",
        "yesterday", "scot", "scots", "society", "nature", "world", "earth", "heaven",
        "will", "can", "may", "must", "shall", "just", "long", "short", "little", "major", "minor", "young",
        "old", "rich", "noble", "sterling", "strong", "wise", "worthy", "best", "good", "bright", "gay", "jolly",
        "professional", "professionals", "agencies", "agency", "multi-agency", "multi", "inter-agency",
        "universal", "targeted", "specialist", "statutory", "voluntary", "third", "sector", "independent",
        "initial", "case", "conference", "conferences", "core", "group", "groups", "strategy", "discussion",
        "discussions", "meeting", "meetings", "plan", "plans", "planning", "register", "order", "orders",
        "supervision", "compulsory", "interim", "emergency", "legal", "proceedings", "pre-birth", "unborn",
        "paediatric", "maternity", "neonatal", "antenatal", "postnatal", "perinatal", "infant", "toddler",
        "teenager", "teenagers", "adolescent", "adolescents", "pupil", "pupils", "student", "students",
    ]
}

extension SpellingVariants {
    /// The American spellings a reader of a British hub is likely to type, with their British forms:
    /// "-or" for "-our" (as roots), "-er" for "-re", "-ense" for "-ence", "e" for "ae" and "oe" in
    /// medical words, single for double "l" (and the reverse), and a few words of their own.
    public static let british = SpellingVariants(
        words: [
            // -er / -re
            "center": "centre", "centers": "centres", "centered": "centred", "centering": "centring",
            "theater": "theatre", "theaters": "theatres", "fiber": "fibre", "fibers": "fibres",
            "liter": "litre", "liters": "litres", "meager": "meagre", "somber": "sombre",
            // -ense / -ence
            "defense": "defence", "defenses": "defences", "offense": "offence", "offenses": "offences",
            "license": "licence", "licenses": "licences", "pretense": "pretence",
            // -og / -ogue
            "catalog": "catalogue", "catalogs": "catalogues", "dialog": "dialogue", "dialogs": "dialogues",
            "analog": "analogue",
            // e / ae / oe
            "pediatric": "paediatric", "pediatrics": "paediatrics", "pediatrician": "paediatrician",
            "pediatricians": "paediatricians", "anemia": "anaemia", "anemic": "anaemic",
            "anesthesia": "anaesthesia", "anesthetic": "anaesthetic", "anesthetist": "anaesthetist",
            "cesarean": "caesarean", "diarrhea": "diarrhoea", "edema": "oedema", "esophagus": "oesophagus",
            "estrogen": "oestrogen", "fetus": "foetus", "fetuses": "foetuses", "fetal": "foetal",
            "gynecology": "gynaecology", "gynecologist": "gynaecologist", "gynecological": "gynaecological",
            "hematology": "haematology", "hemorrhage": "haemorrhage", "hemoglobin": "haemoglobin",
            "leukemia": "leukaemia", "orthopedic": "orthopaedic", "orthopedics": "orthopaedics",
            "encyclopedia": "encyclopaedia", "maneuver": "manoeuvre", "maneuvers": "manoeuvres",
            "pedophile": "paedophile", "pedophiles": "paedophiles", "pedophilia": "paedophilia",
            "archeology": "archaeology",
            // single and double l
            "counseling": "counselling", "counseled": "counselled", "counselor": "counsellor",
            "counselors": "counsellors", "traveled": "travelled", "traveling": "travelling",
            "traveler": "traveller", "travelers": "travellers", "modeling": "modelling", "modeled": "modelled",
            "labeled": "labelled", "labeling": "labelling", "canceled": "cancelled", "canceling": "cancelling",
            "signaled": "signalled", "signaling": "signalling", "fueled": "fuelled", "fueling": "fuelling",
            "leveled": "levelled", "leveling": "levelling", "totaled": "totalled", "jeweler": "jeweller",
            "jewelry": "jewellery", "enroll": "enrol", "enrolls": "enrols", "enrollment": "enrolment",
            "enrollments": "enrolments", "fulfill": "fulfil", "fulfills": "fulfils", "fulfillment": "fulfilment",
            "skillful": "skilful", "skillfully": "skilfully", "willful": "wilful", "willfully": "wilfully",
            "installment": "instalment", "installments": "instalments",
            // words of their own
            "judgment": "judgement", "judgments": "judgements", "acknowledgment": "acknowledgement",
            "acknowledgments": "acknowledgements", "aging": "ageing", "program": "programme",
            "programs": "programmes", "practise": "practice", "practises": "practices", "practised": "practiced",
            "practising": "practicing", "mom": "mum", "moms": "mums", "mommy": "mummy", "gray": "grey",
            "mold": "mould", "moldy": "mouldy", "pajamas": "pyjamas", "cozy": "cosy", "skeptical": "sceptical",
            "skepticism": "scepticism", "aluminum": "aluminium", "plow": "plough",
        ],
        roots: [
            "behavior": "behaviour", "color": "colour", "favor": "favour", "honor": "honour", "humor": "humour",
            "labor": "labour", "neighbor": "neighbour", "rumor": "rumour", "harbor": "harbour",
            "endeavor": "endeavour", "vigor": "vigour", "savior": "saviour", "flavor": "flavour", "odor": "odour",
            "armor": "armour", "parlor": "parlour", "tumor": "tumour", "valor": "valour", "vapor": "vapour",
            "clamor": "clamour", "candor": "candour", "demeanor": "demeanour", "fervor": "fervour",
            "rigor": "rigour", "splendor": "splendour",
        ],
        endings: ["", "s", "ed", "ing", "al", "ally", "ist", "ists", "ism", "isms", "less", "ful", "fully",
                  "hood", "hoods", "ite", "ites", "able", "ably", "er", "ers", "ly"])
}

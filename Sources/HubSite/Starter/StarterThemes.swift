/// The learning themes a new hub starts with: those most reviews of child and public protection draw
/// on. A committee keeps, renames, adds or removes them in `hub.yaml`.
enum StarterThemes {
    static let all: [(id: String, title: String, description: String)] = [
        ("neglect", "Neglect", "Recognising and responding to neglect, including the harm done by care that is not good enough over a long time."),
        ("information-sharing", "Information sharing", "Sharing the right information with the right people at the right time, and checking that it is understood and acted on."),
        ("transitions", "Transitions", "Moves between services, areas and stages of life, such as a change of school, a move to another area, or the step from child to adult services."),
        ("assessment-of-risk", "Assessment of risk", "Gathering and weighing what is known about risk and protective factors, so that decisions rest on the whole picture, not the latest incident."),
        ("voice-of-the-child", "Voice of the child", "Seeing and hearing the child, understanding their daily life, and letting what they say and show shape decisions."),
        ("professional-curiosity", "Professional curiosity", "Looking beyond what we are told, testing explanations against what we see, and asking the questions that feel awkward."),
        ("domestic-abuse", "Domestic abuse", "The impact of domestic abuse and coercive control on children, and working with the non-abusing parent while holding the person causing harm to account."),
        ("parental-substance-use", "Parental substance use", "How parents' use of alcohol and drugs affects the care and safety of children, including relapse and unsafe sleeping."),
        ("mental-health", "Mental health", "The mental health of children, young people and their parents, and how it bears on safety, care and the capacity to change."),
        ("adolescents", "Adolescents", "Risks young people face outside the family home, such as exploitation and self-harm, and how services reach teenagers."),
        ("pre-birth", "Pre-birth", "Planning and assessment during pregnancy, so that support and protection are in place from the first day of life."),
        ("disability", "Disabled children", "Protecting disabled children, whose needs and ways of communicating can hide signs of harm or lead professionals to explain them away."),
    ]
}

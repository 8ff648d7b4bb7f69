/// The guidance that `learning-hub new` and `learning-hub import` write into a document for its author
/// to replace: the summary's placeholder, a recommendation's, and a paragraph under each heading.
///
/// Text that still holds any of it is an error in a document that is not a draft (`GuidanceCheck`),
/// so a scaffold cannot be published by removing `draft: true` alone.
public enum ScaffoldGuidance {
    /// Written in place of the summary.
    public static let summary = "Replace this with one or two plain sentences saying what this is about and who it is for."
    /// Written in place of a recommendation's text.
    public static let recommendation = "Replace this with what the recommendation asks, and of whom."
    /// The body of a new free page.
    public static let page = "Replace this with the page's text. Use '##' headings for its sections."
    /// Starts the note `import` writes where a picture could not be brought in.
    public static let missingImage = "Replace this note with the picture, saved as PNG or JPEG under assets/:"

    /// The usual sections of a seven-minute briefing, in order, each with a line of guidance.
    public static let briefingSections: [(title: String, guidance: String)] = [
        ("Background", "In two or three sentences: what happened and which services were involved. Keep it anonymised: no names, dates of birth, addresses or schools."),
        ("Why it matters", "Why this learning matters to the people in the room, and what can happen to a child or an adult when it is missed."),
        ("Information", "The key facts and findings from the review or research, in plain words."),
        ("What it means for practice", "What practitioners should do differently, in their own settings, because of this learning."),
        ("Questions to consider", "Two or three questions for the team to discuss, written as a list."),
        ("What to do", "Concrete actions to take after the briefing, written as a list."),
        ("Further information", "Where to read more: link to the review by its file, e.g. ../reviews/review-slug.md, and to policies or training."),
    ]

    /// The sections of a new review, each with a line of guidance.
    public static let reviewSections: [(title: String, guidance: String)] = [
        ("Summary", "What the review was about and why it was carried out, in a short paragraph. Keep it anonymised."),
        ("What happened", "The key events and the services involved, without names, dates of birth, addresses or schools."),
        ("Findings", "What the review found about how services worked, alone and together."),
        ("Learning", "What every practitioner and manager can take from it."),
    ]

    /// The sections of a new learning brief, each with a line of guidance.
    public static let briefSections: [(title: String, guidance: String)] = [
        ("What happened", "A short, anonymised account of the case and the services involved."),
        ("What we learned", "The main learning points, in plain words."),
        ("What to do", "What practitioners and managers should do differently, written as a list."),
        ("Further information", "Link to the review by its file, e.g. ../reviews/review-slug.md, and to policies or training."),
    ]

    /// Every paragraph of guidance a body may hold; a line that starts with one of them still holds it.
    public static let bodyParagraphs: [String] = [page, missingImage]
        + (briefingSections + reviewSections + briefSections).map(\.guidance)
}

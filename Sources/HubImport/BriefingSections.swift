import HubModel

/// Which of the seven usual sections of a seven-minute briefing an imported text lacks: a section is
/// there when one of its `##` headings names it (e.g. "Why does it matter?" for "Why it matters").
enum BriefingSections {
    /// Words that tell each section's heading, by section title.
    static let cues: [String: [String]] = [
        "Background": ["background", "context", "what happened"],
        "Why it matters": ["why it matters", "why does it matter", "why this matters", "why is it important", "why"],
        "Information": ["information", "key facts", "findings", "what we know", "research"],
        "What it means for practice": ["practice", "what it means", "what this means"],
        "Questions to consider": ["question", "reflect"],
        "What to do": ["what to do", "what should", "actions", "what you can do", "what can you do", "next steps"],
        "Further information": ["further information", "further", "more information", "resources", "read more", "useful links"],
    ]

    /// The titles of the usual sections no `##` heading of `markdown` names, in order. Each heading names
    /// the one section whose cue it holds at the greatest length ("Further information" is not "Information").
    static func missing(in markdown: String) -> [String] {
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { $0.dropFirst(3).lowercased() }
        var found: Set<String> = []
        for heading in headings {
            let matches = cues.compactMap { title, words in
                words.filter { heading.contains($0) }.map(\.count).max().map { (title, $0) }
            }
            if let best = matches.max(by: { $0.1 < $1.1 }) { found.insert(best.0) }
        }
        return ScaffoldGuidance.briefingSections.map(\.title).filter { !found.contains($0) }
    }
}

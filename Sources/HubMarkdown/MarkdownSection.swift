/// A part of rendered HTML that starts at a level-2 heading, as used by seven-minute briefings.
public struct MarkdownSection: Sendable, Equatable {
    /// The `##` heading that opens the section.
    public let heading: MarkdownHeading
    /// The inner HTML of the heading (its inline markup, without the `<h2>` tags).
    public let headingHTML: String
    /// The HTML between this heading and the next level-2 heading (or the end).
    public let bodyHTML: String
}

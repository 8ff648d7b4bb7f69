/// A report turned into Markdown, before it is written into the hub.
public struct ConvertedDocument: Sendable {
    /// The document's own title (its Title paragraph or first heading), nil when it has none.
    public var title: String?
    /// The body, with `##` as its top headings. Pictures are linked as `IMAGE-n` placeholders until
    /// the importer knows where they go (`ImportedImage.placeholder`).
    public var markdown: String
    /// Pictures to write under `assets/`, their metadata already stripped.
    public var images: [ImportedImage]
    /// What was changed or left out, for the author (e.g. a picture in a format browsers cannot show).
    public var notes: [String]
}

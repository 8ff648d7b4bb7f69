/// One Markdown file found in a document folder of the hub.
public struct SourceFile: Sendable, Hashable {
    public let kind: DocumentKind
    /// Relative to the content folder (e.g. `reviews/child-a.md`).
    public let relativePath: String
    /// As diagnostics name it (e.g. `content/reviews/child-a.md`).
    public let displayPath: String
    /// As the file system finds it.
    public let fullPath: String

    public init(kind: DocumentKind, relativePath: String, in folder: HubFolder) {
        self.kind = kind
        self.relativePath = relativePath
        displayPath = folder.displayPath(relativePath)
        fullPath = folder.fullPath(relativePath)
    }
}

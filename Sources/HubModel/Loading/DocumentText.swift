import HubSupport

/// The text of a document's file, cut in two: the front matter (which the anonymisation check
/// scans) and the Markdown body (which is rendered and scanned).
public struct DocumentText: Sendable {
    public let frontMatter: String
    public let body: String

    public init(frontMatter: String, body: String) {
        self.frontMatter = frontMatter
        self.body = body
    }

    /// The file's `text` cut at its front matter; nil (with the error logged) if it has none.
    public static func split(_ text: String, path: String, log: inout DiagnosticLog) -> DocumentText? {
        FrontMatterSplitter.split(text, path: path, log: &log).map { DocumentText(frontMatter: $0.yaml, body: $0.body) }
    }

    /// Stands for a file's whole text: an earlier build that recorded it need not read the file again
    /// to know whether it changed.
    public static func fingerprint(ofFile text: String) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("source text")
        hasher.combine(text)
        return hasher.finalize()
    }
}

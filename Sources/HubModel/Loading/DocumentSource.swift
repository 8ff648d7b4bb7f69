import HubSupport

/// A parsed document's text, as the parse step left it.
public enum DocumentSource: Sendable {
    /// Read and cut into front matter and body.
    case text(DocumentText)
    /// Not read: the document memo knew the file by its unchanged stamp. Its text then had this
    /// fingerprint (`DocumentText.fingerprint(ofFile:)`); the render step reads it only if it must
    /// render the document again.
    case unread(fingerprint: Fingerprint)
}

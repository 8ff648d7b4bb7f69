import HubMarkdown
import HubSupport

/// What rendering and checking a document depends on besides its own text: where its links lead,
/// which asset files exist, the scan's settings (denylist, pseudonyms), and its publication state (which decides whether a finding
/// is an error or a warning).
public struct RenderingInputs: Sendable {
    public let state: PublicationState
    let resolver: LinkResolver
    /// Stands for the identifier scan's settings: the names of the denylist and the hub's pseudonyms.
    let scanSettings: Fingerprint

    /// Stands for these inputs as they bear on a document whose body has `links`: while it is the
    /// same, rendering and checking the same text again gives the same HTML, text and findings.
    public func fingerprint(of document: DocumentMetadata, links: [MarkdownLink]) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine("rendering")
        hasher.combine(state)
        hasher.combine(scanSettings)
        hasher.combine(resolver.fingerprint(of: links, in: document))
        if let report = document.review?.reportAsset { hasher.combine(resolver.assetFiles.contains(report)) }
        return hasher.finalize()
    }
}

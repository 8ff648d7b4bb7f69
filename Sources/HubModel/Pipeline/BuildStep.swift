/// The steps of a build, in the order they run (see docs/ARCHITECTURE.md). Every diagnostic is
/// tagged with the step that reported it, and `--timings` times each.
public enum BuildStep: String, Sendable, Codable, CaseIterable {
    /// `hub.yaml` and the site theme.
    case readSettings = "read settings"
    /// The Markdown files of each document folder, and the files under `assets/`.
    case discover
    /// Each file read, and its front matter parsed and checked.
    case parse
    /// Where each document stands on the build's date: published, withdrawn, draft, embargoed, unattested.
    case decidePublication = "decide publication"
    /// Checks across documents: duplicate slugs, attestation, the review a brief draws on.
    case validate
    /// Each published body rendered with its links rewritten, and checked for identifiers and structure.
    case renderAndScan = "render Markdown and scan"
    /// Every PDF a published document links: its text, page by page, and its metadata, scanned for identifiers.
    case scanAttachments = "scan attachments"
    /// The hub: documents in order and every index of them.
    case assemble = "assemble the hub"
    /// Every HTML page, through the site theme.
    case renderPages = "render pages"
    /// The search index under `search/`.
    case indexSearch = "index search"
    /// Feeds, sitemap, robots file, catalogue, the theme's static files and the linked assets.
    case writeExtras = "write extras"
    /// The new site put in place of the old, all at once.
    case commitOutput = "commit the output"

    /// Whether the step writes the site (rather than loading and checking the hub).
    public var writesSite: Bool {
        switch self {
        case .renderPages, .indexSearch, .writeExtras, .commitOutput: return true
        default: return false
        }
    }
}

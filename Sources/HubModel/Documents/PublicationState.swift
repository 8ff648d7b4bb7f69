/// Whether, and how, a document appears on the public site.
public enum PublicationState: Sendable, Hashable {
    /// Published in full.
    case published
    /// Past `retain_until`: its record stays, its text is withdrawn ("available on request").
    case withdrawn
    /// `draft: true`: only shown in a local preview with drafts enabled.
    case draft
    /// `publish_after` is still in the future.
    case embargoed(until: CalendarDate)
    /// Not attested `anonymised: true`.
    case notAttested

    /// True when the document gets a page and appears in lists.
    public var isVisible: Bool { self == .published || self == .withdrawn }
}

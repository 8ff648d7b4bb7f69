/// One learning theme: its description, its documents grouped by type and the themes that co-occur with it.
public struct ThemePageView: Encodable, Sendable {
    public let layout: LayoutView
    public let description: String
    public let total: Int
    public let totalLabel: String
    public let groups: [DocumentGroupView]
    public let related: [CountedLinkView]
    /// The theme's Atom feed.
    public let feedHref: String
}

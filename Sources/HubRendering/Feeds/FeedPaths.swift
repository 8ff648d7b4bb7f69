/// Where the Atom feeds are, under the site root.
public enum FeedPaths {
    /// All new learning.
    public static let site = "feed.xml"

    /// New learning on one learning theme.
    public static func theme(_ id: String) -> String { "themes/\(id)/feed.xml" }
}

import Foundation

/// A generated file to write under the site root: a feed, the sitemap, the catalogue.
public struct SiteFile: Sendable {
    /// Path under the site root, e.g. `themes/neglect/feed.xml`.
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }
}

import Foundation

/// A file of search data to write under the site root.
public struct SearchFile: Sendable {
    /// Path under the site root, e.g. `search/index/terms/12.json`.
    public let path: String
    public let data: Data
}

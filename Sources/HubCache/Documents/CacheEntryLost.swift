import Foundation

/// Thrown when a build reads the text or HTML of a cache entry it used and the entry has changed or
/// gone since (a damaged cache, or one changed by hand): the build is then made again without the
/// documents the cache held.
public struct CacheEntryLost: LocalizedError {
    public let path: String

    public var errorDescription: String? {
        "the cache entry \(path) changed while the site was being built; build again (deleting the cache folder only costs time)"
    }
}

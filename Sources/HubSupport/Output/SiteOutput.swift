/// A build's site as it is written: staged beside the output folder, and put in its place all at once
/// by `commit()` only when everything succeeded, so that a failed build leaves the previous site as it was.
public protocol SiteOutput: OutputSink {
    /// Copies the file at `source` to `path`.
    func copy(from source: String, to path: String) throws
    /// Puts the new site in place of the old one.
    func commit() throws
    /// Throws the staged files away, leaving the output folder untouched.
    func discard()
    /// How many files have been written or kept.
    var fileCount: Int { get }
    /// How many files were kept from the previous build rather than written.
    var reusedCount: Int { get }
}

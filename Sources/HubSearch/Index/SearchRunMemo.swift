import HubSupport

/// What a build may remember of the search index's runs from earlier builds, so that it tokenises and
/// weighs again only the runs whose documents changed.
///
/// The index builder hands the memo each run's work, which it returns as remembered or does and
/// remembers. `NoSearchRunMemo` remembers nothing (a build without a cache); the cache's
/// `TokenisedRunStore` keeps runs on disk.
public protocol SearchRunMemo: Sendable {
    /// Run `number`, of the documents `range` whose texts `identities[range]` stand for: remembered, or
    /// made by `tokenise`, which may take the documents it shares with the run it is given (the run that
    /// held this place in the last build).
    func run(_ number: Int, range: Range<Int>, identities: [Fingerprint],
             tokenise: (_ earlier: TokenisedRun?) -> TokenisedRun) -> TokenisedRun

    /// The postings of run `number`, weighed with these average field lengths: remembered, or made by `weigh`.
    func weighed(_ number: Int, run: TokenisedRun, averages: [Double], weigh: () -> WeighedRun) -> WeighedRun

    /// The index is built: the memo may keep this build's runs for the next.
    func indexFinished()
}

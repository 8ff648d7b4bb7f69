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

    /// The postings of run `number`, weighed with these average field lengths: remembered, or made by
    /// `weigh` from `run`, or from the run `tokenise` makes afresh if `run` was remembered without the
    /// pairs weighing needs (`TokenisedRun.hasPairs`).
    func weighed(_ number: Int, run: TokenisedRun, averages: [Double], weigh: (TokenisedRun) -> WeighedRun,
                 tokenise: () -> TokenisedRun) -> WeighedRun

    /// The index is built, whole: the memo may keep this build's runs for the next build. (Not called
    /// after a failure, so that runs of texts that could not be read are never kept.)
    func indexFinished()
}

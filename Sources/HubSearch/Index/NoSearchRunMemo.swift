import HubSupport

/// The search run memo of a build without a cache: every run is tokenised and weighed.
public struct NoSearchRunMemo: SearchRunMemo {
    public init() {}

    public func run(_ number: Int, range: Range<Int>, identities: [Fingerprint],
                    tokenise: (TokenisedRun?) -> TokenisedRun) -> TokenisedRun {
        tokenise(nil)
    }

    public func weighed(_ number: Int, run: TokenisedRun, averages: [Double], weigh: (TokenisedRun) -> WeighedRun,
                        tokenise: () -> TokenisedRun) -> WeighedRun {
        weigh(run)
    }

    public func indexFinished() {}
}

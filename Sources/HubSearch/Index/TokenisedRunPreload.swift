import HubSupport
import Foundation
import HubModel

/// The last build's tokenised runs, read on another thread from the moment a build starts, so that
/// reading them overlaps loading the hub (which leaves a core idle part of the time) rather than
/// delaying the search index.
final class TokenisedRunPreload: @unchecked Sendable {
    private let finished = DispatchGroup()
    // Written once by the reading thread before it leaves `finished`, read only after waiting on it.
    private var runs: [Fingerprint: TokenisedRun] = [:]

    /// Starts reading every run `store` recorded as the latest build's.
    init(_ store: TokenisedRunStore) {
        finished.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let keys = store.latest()
            let read = Parallel.map(keys) { key in store.run(for: key) }
            for (key, run) in zip(keys, read) { runs[key] = run }
            finished.leave()
        }
    }

    /// The run stored under `key`, if it was among those read (waits for the reading to finish).
    func run(for key: Fingerprint) -> TokenisedRun? {
        finished.wait()
        return runs[key]
    }
}

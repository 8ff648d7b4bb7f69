import Foundation
import HubSearch
import HubSupport

/// The last build's tokenised runs, read on another thread from the moment a build opens its cache,
/// so that reading them overlaps loading the hub (which leaves a core idle part of the time) rather
/// than delaying the search index.
final class TokenisedRunPreload: @unchecked Sendable {
    private let finished = DispatchGroup()
    // Written once by the reading thread before it leaves `finished`, read only after waiting on it.
    private var keys: [Fingerprint] = []
    private var runs: [Fingerprint: TokenisedRun] = [:]

    /// Starts reading every run `files` records as the latest build's.
    init(_ files: SearchRunFiles) {
        finished.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            keys = files.latest()
            let read = Parallel.map(keys) { key in files.run(for: key) }
            for (key, run) in zip(keys, read) { runs[key] = run }
            finished.leave()
        }
    }

    /// The keys of the last build's runs, in order (waits for the reading to finish).
    var latestKeys: [Fingerprint] {
        finished.wait()
        return keys
    }

    /// The run stored under `key`, if it was among those read (waits for the reading to finish).
    func run(for key: Fingerprint) -> TokenisedRun? {
        finished.wait()
        return runs[key]
    }
}

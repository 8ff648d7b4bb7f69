import Foundation
import HubSearch
import HubSupport

/// The search run memo of a build with a cache: runs tokenised and weighed by earlier builds, so that
/// an incremental build tokenises only the documents whose text changed and weighs only the runs that
/// changed.
///
/// When a run has changed, the run that held its place in the last build lends it every document they
/// share. The last build's runs are read on another thread from the moment the cache is opened; runs
/// and weights made in this build are saved, on another thread, only once the index is whole
/// (`indexFinished()`), and `BuildCache.finish()` waits for them.
public final class TokenisedRunStore: SearchRunMemo, @unchecked Sendable {
    let files: SearchRunFiles
    private let preload: TokenisedRunPreload
    private let upkeep: DispatchGroup
    private let lock = NSLock()
    // Read and written only under `lock`: the keys of this build's runs and weights, by run number, and
    // the runs and weights made in this build, to be saved once the index is whole.
    private var keys: [Int: Fingerprint] = [:]
    private var weighedKeys: [Int: Fingerprint] = [:]
    private var madeRuns: [(key: Fingerprint, run: TokenisedRun)] = []
    private var madeWeights: [(key: Fingerprint, weighed: WeighedRun)] = []

    init(directory: String, environment: Fingerprint, upkeep: DispatchGroup) {
        files = SearchRunFiles(directory: directory, environment: environment)
        preload = TokenisedRunPreload(files)
        self.upkeep = upkeep
    }

    public func run(_ number: Int, range: Range<Int>, identities: [Fingerprint],
                    tokenise: (TokenisedRun?) -> TokenisedRun) -> TokenisedRun {
        let key = files.key(for: identities, range: range)
        lock.withLock { keys[number] = key }
        if let run = stored(key), run.range == range, run.identities[...] == identities[range] { return run }
        let latest = preload.latestKeys
        // Lends its documents only if its pairs can be read.
        let run = tokenise(number < latest.count ? stored(latest[number]) : nil)
        lock.withLock { madeRuns.append((key, run)) }
        return run
    }

    public func weighed(_ number: Int, run: TokenisedRun, averages: [Double], weigh: (TokenisedRun) -> WeighedRun,
                        tokenise: () -> TokenisedRun) -> WeighedRun {
        guard let runKey = lock.withLock({ keys[number] }) else { return weigh(run) }
        let key = files.weighedKey(for: runKey, averages: averages)
        lock.withLock { weighedKeys[number] = key }
        if let stored = files.weighed(for: key, run: run) { return stored }
        // Weighing needs the pairs: a kept run whose pairs cannot be read is tokenised again (the same
        // documents by the same tokenizer give the same terms), and kept again with its pairs.
        let source = run.hasPairs ? run : tokenise()
        let weighed = weigh(source)
        lock.withLock {
            if !run.hasPairs { madeRuns.append((runKey, source)) }
            madeWeights.append((key, weighed))
        }
        return weighed
    }

    public func indexFinished() {
        let (runKeys, weights, runs, weighed) = lock.withLock {
            (keys.sorted { $0.key < $1.key }.map(\.value), Array(weighedKeys.values), madeRuns, madeWeights)
        }
        let files = self.files
        DispatchQueue.global(qos: .userInitiated).async(group: upkeep) {
            for made in runs { files.store(made.run, for: made.key) }
            for made in weighed { files.store(made.weighed, for: made.key) }
            files.keep(runKeys, weighedKeys: weights)
        }
    }

    /// The run stored under `key`: read ahead with the last build's runs, or read now.
    private func stored(_ key: Fingerprint) -> TokenisedRun? {
        preload.run(for: key) ?? files.run(for: key)
    }
}

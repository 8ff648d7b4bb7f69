import Foundation
import HubSearch
import HubSupport

/// The search run memo of a build with a cache: runs tokenised and weighed by earlier builds, so that
/// an incremental build tokenises only the documents whose text changed and weighs only the runs that
/// changed.
///
/// When a run has changed, the run that held its place in the last build lends it every document they
/// share. The last build's runs are read on another thread from the moment the cache is opened; runs
/// and weights made in this build are saved on other threads, and `BuildCache.finish()` waits for them.
public final class TokenisedRunStore: SearchRunMemo, @unchecked Sendable {
    let files: SearchRunFiles
    private let preload: TokenisedRunPreload
    private let upkeep: DispatchGroup
    /// Runs and weights of this build being saved.
    private let saving = DispatchGroup()
    private let lock = NSLock()
    // Read and written only under `lock`: the keys of this build's runs and weights, by run number.
    private var keys: [Int: Fingerprint] = [:]
    private var weighedKeys: [Int: Fingerprint] = [:]

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
        let files = self.files
        DispatchQueue.global(qos: .userInitiated).async(group: saving) { files.store(run, for: key) }
        return run
    }

    public func weighed(_ number: Int, run: TokenisedRun, averages: [Double], weigh: () -> WeighedRun) -> WeighedRun {
        guard let runKey = lock.withLock({ keys[number] }) else { return weigh() }
        let key = files.weighedKey(for: runKey, averages: averages)
        lock.withLock { weighedKeys[number] = key }
        if let stored = files.weighed(for: key, run: run) { return stored }
        let weighed = weigh()
        let files = self.files
        DispatchQueue.global(qos: .userInitiated).async(group: saving) { files.store(weighed, for: key) }
        return weighed
    }

    public func indexFinished() {
        let (runKeys, weights) = lock.withLock {
            (keys.sorted { $0.key < $1.key }.map(\.value), Array(weighedKeys.values))
        }
        let (files, saving) = (self.files, self.saving)
        DispatchQueue.global(qos: .userInitiated).async(group: upkeep) {
            saving.wait()
            files.keep(runKeys, weighedKeys: weights)
        }
    }

    /// The run stored under `key`: read ahead with the last build's runs, or read now.
    private func stored(_ key: Fingerprint) -> TokenisedRun? {
        preload.run(for: key) ?? files.run(for: key)
    }
}

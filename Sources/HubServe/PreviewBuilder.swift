import Foundation
import HubModel
import HubSite

/// Builds the preview, one build at a time: requests made while a build runs are served by
/// one more build when it ends, however many there were.
actor PreviewBuilder {
    let configuration: PreviewConfiguration
    /// The folder the builds are written to, one numbered folder each.
    let buildRoot: String
    let liveReload: LiveReload

    /// What is served now.
    private(set) var state: PreviewState = .starting
    /// Raised by every finished build; pages carry it so the live-reload client knows when it is stale.
    private(set) var version = 0

    private var isBuilding = false
    /// Requests handed out, and the last one a finished build covers.
    private var requested = 0
    private var covered = 0
    private var waiters: [(ticket: Int, continuation: CheckedContinuation<Void, Never>)] = []
    /// Successful builds, oldest first; all but the last two are removed.
    private var siteDirectories: [String] = []
    /// A queue of its own: the build blocks its thread, and the shared global queues may have as
    /// few threads as the machine has cores, all of them busy.
    private let queue = DispatchQueue(label: "learning-hub.preview-build", qos: .userInitiated)

    init(configuration: PreviewConfiguration, buildRoot: String, liveReload: LiveReload) {
        self.configuration = configuration
        self.buildRoot = buildRoot
        self.liveReload = liveReload
    }

    /// The state and its version, read together.
    var current: (state: PreviewState, version: Int) { (state, version) }

    /// Builds the hub; returns when a build that started after this call has finished.
    func build() async {
        requested += 1
        let ticket = requested
        guard !isBuilding else {
            await withCheckedContinuation(isolation: self) { continuation in
                waiters.append((ticket, continuation))
            }
            return
        }
        isBuilding = true
        while covered < requested {
            let covering = requested
            await buildOnce()
            covered = covering
            let ready = waiters.filter { $0.ticket <= covered }
            waiters.removeAll { $0.ticket <= covered }
            for waiter in ready { waiter.continuation.resume() }
        }
        isBuilding = false
    }

    /// Whether no build is running.
    var isIdle: Bool { !isBuilding }

    /// Returns when no build is running (or at once).
    func waitUntilIdle() async {
        guard isBuilding else { return }
        let ticket = requested
        await withCheckedContinuation(isolation: self) { continuation in
            waiters.append((ticket, continuation))
        }
    }

    private func buildOnce() async {
        let number = version + 1
        let directory = (buildRoot as NSString).appendingPathComponent("site-\(number)")
        var load = configuration.load
        load.includeDrafts = true
        load.today = .today()
        var options = BuildOptions(contentDirectory: configuration.contentDirectory, themeDirectory: configuration.themeDirectory,
                                   outputDirectory: directory, load: load)
        // Documents, search runs and related learning that did not change since the last preview are kept;
        // each build is written into a new folder.
        options.cacheDirectory = (buildRoot as NSString).appendingPathComponent("cache")
        options.keepsOutput = false
        let builder = SiteBuilder(options: options)
        // The build is synchronous and parallel inside: keep it off the server's threads.
        let report = await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: builder.build())
            }
        }
        if report.succeeded {
            state = .ready(siteDirectory: directory)
            siteDirectories.append(directory)
            // Keep the previous site a moment longer for requests still reading it.
            while siteDirectories.count > 2 {
                try? FileManager.default.removeItem(atPath: siteDirectories.removeFirst())
            }
        } else {
            try? FileManager.default.removeItem(atPath: directory)
            state = .failed(diagnostics: report.diagnostics, lastGoodDirectory: siteDirectories.last)
        }
        version = number
        await liveReload.publish(number)
        configuration.onBuild?(report)
    }
}

import Foundation
import HubModel
import HubSite

/// `learning-hub serve`: builds the hub with its drafts into a private folder of its own
/// (`PrivateBuildFolder`), serves it on the loopback interface to its author only
/// (`PreviewListener`, `AllowedHost`, `PreviewLimits`), rebuilds when the content or the site theme
/// changes, and makes open pages reload by themselves. A failed build never stops the server: pages
/// then show the diagnostics until the hub builds again.
public actor PreviewServer {
    public let configuration: PreviewConfiguration
    /// The folder the preview builds are written to.
    public nonisolated let buildRoot: String
    private let ownsBuildRoot: Bool
    private var ownedFolder: PrivateBuildFolder?
    private let liveReload = LiveReload()
    private let builder: PreviewBuilder
    private let watcher: FolderWatcher
    private var listener: PreviewListener?
    /// The address pages are served at, e.g. `http://127.0.0.1:8080/`, once started.
    public private(set) var url: URL?

    public init(configuration: PreviewConfiguration) throws {
        self.configuration = configuration
        if let directory = configuration.buildDirectory {
            buildRoot = URL(fileURLWithPath: directory).standardizedFileURL.path
            ownsBuildRoot = false
        } else {
            buildRoot = PrivateBuildFolder.newPath()
            ownsBuildRoot = true
        }
        let watchedFolders = [configuration.contentDirectory] + [configuration.themeDirectory].compactMap { $0 }
        for watched in watchedFolders {
            let folder = URL(fileURLWithPath: watched).standardizedFileURL.path
            if buildRoot == folder || buildRoot.hasPrefix(folder + "/") {
                throw PreviewError("the preview build folder '\(buildRoot)' is inside the watched folder '\(watched)'; choose a folder outside it")
            }
        }
        builder = PreviewBuilder(configuration: configuration, buildRoot: buildRoot, liveReload: liveReload)
        watcher = FolderWatcher(folders: watchedFolders,
                                interval: configuration.pollInterval)
    }

    /// Builds the hub, starts listening on 127.0.0.1 and starts watching; returns the URL to open.
    /// Throws when the port cannot be used (e.g. another server has it).
    @discardableResult
    public func start() async throws -> URL {
        if let url { return url }
        if ownsBuildRoot {
            PrivateBuildFolder.removeAbandoned()
            ownedFolder = try PrivateBuildFolder(creating: buildRoot)
        } else {
            try FileManager.default.createDirectory(atPath: buildRoot, withIntermediateDirectories: true)
        }
        await liveReload.reopen()
        // Watch first, so that a change made during the first build is not missed.
        await watcher.start { [builder] in await builder.build() }
        await builder.build()

        let handler = PreviewRequestHandler(builder: builder, liveReload: liveReload, liveReloadHold: configuration.liveReloadHold)
        let listener = PreviewListener(handler: handler, limits: configuration.limits)
        do {
            let port = try await listener.start(port: configuration.port)
            self.listener = listener
            let url = URL(string: "http://127.0.0.1:\(port)/")!
            self.url = url
            return url
        } catch {
            await shutDown(waitingForBuild: nil)
            throw PreviewError("cannot listen on 127.0.0.1:\(configuration.port): \(error.localizedDescription)")
        }
    }

    /// Rebuilds now; returns when a build that started after this call has finished.
    public func rebuild() async {
        await builder.build()
    }

    /// The number of the latest finished build (1 after the first), which open pages compare against.
    public var buildVersion: Int {
        get async { await builder.current.version }
    }

    /// The connections open now.
    public var connectionCount: Int {
        get async { await listener?.connectionCount ?? 0 }
    }

    /// Stops watching and serving at once, and removes the preview builds if they are in a temporary
    /// folder. A build that is running is waited for, for at most `limit` (nil: until it ends), so
    /// that nothing is written after the folder is removed; the command line, which exits next, waits a moment only.
    public func stop(waitingForBuild limit: Duration? = nil) async {
        // In a task of its own: the caller's task may be cancelled (Ctrl-C), which would cut every wait short.
        await Task { await self.shutDown(waitingForBuild: limit) }.value
    }

    /// Serves until the task is cancelled (e.g. by the command's interrupt handler).
    public func waitUntilStopped() async {
        while !Task.isCancelled, listener != nil {
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    private func shutDown(waitingForBuild limit: Duration?) async {
        await watcher.stop()
        await liveReload.close()
        await listener?.stop()
        listener = nil
        url = nil
        if let limit {
            let deadline = ContinuousClock.now + limit
            while await !builder.isIdle, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(10)) }
        } else {
            await builder.waitUntilIdle()
        }
        ownedFolder?.remove()
        ownedFolder = nil
    }

    /// The start of the name of a temporary build folder, followed by the process id.
    static let temporaryPrefix = PrivateBuildFolder.prefix

    /// Removes the temporary build folders of previews whose server has ended without cleaning up (killed, or crashed).
    static func removeAbandonedBuilds() {
        PrivateBuildFolder.removeAbandoned()
    }
}

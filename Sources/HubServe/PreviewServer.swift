import FlyingFox
import FlyingSocks
import Foundation
import HubModel
import HubSite

/// `learning-hub serve`: builds the hub with its drafts into a folder of its own, serves it on
/// the loopback interface, rebuilds when the content or the site theme changes, and makes open
/// pages reload by themselves. A failed build never stops the server: pages then show the
/// diagnostics until the hub builds again.
public actor PreviewServer {
    public let configuration: PreviewConfiguration
    /// The folder the preview builds are written to.
    public nonisolated let buildRoot: String
    private let ownsBuildRoot: Bool
    private let liveReload = LiveReload()
    private let builder: PreviewBuilder
    private let watcher: FolderWatcher
    private var server: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var serverError: (any Error)?
    /// The address pages are served at, e.g. `http://127.0.0.1:8080/`, once started.
    public private(set) var url: URL?

    public init(configuration: PreviewConfiguration) throws {
        self.configuration = configuration
        if let directory = configuration.buildDirectory {
            buildRoot = URL(fileURLWithPath: directory).standardizedFileURL.path
            ownsBuildRoot = false
        } else {
            let pid = ProcessInfo.processInfo.processIdentifier
            buildRoot = FileManager.default.temporaryDirectory
                .appendingPathComponent("\(Self.temporaryPrefix)\(pid)-\(UUID().uuidString.prefix(8))").path
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
        if ownsBuildRoot { Self.removeAbandonedBuilds() }
        try FileManager.default.createDirectory(atPath: buildRoot, withIntermediateDirectories: true)
        await liveReload.reopen()
        // Watch first, so that a change made during the first build is not missed.
        await watcher.start { [builder] in await builder.build() }
        await builder.build()

        let hold = configuration.liveReloadHold
        let handler = PreviewRequestHandler(builder: builder, liveReload: liveReload, liveReloadHold: hold)
        let server: HTTPServer
        do {
            let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: configuration.port)
            server = HTTPServer(address: address, timeout: Double(hold.components.seconds) + 30, logger: .disabled, handler: handler)
        } catch {
            await shutDown()
            throw error
        }
        self.server = server
        serverError = nil
        serverTask = Task {
            do { try await server.run() } catch { self.serverFailed(error) }
        }
        // Wait until the server listens, or fails to (port in use), for at most ten seconds.
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let error = serverError {
                await shutDown()
                throw PreviewError("cannot listen on 127.0.0.1:\(configuration.port): \(Self.describe(error))")
            }
            if case .ip4(_, let port)? = await server.listeningAddress {
                let url = URL(string: "http://127.0.0.1:\(port)/")!
                self.url = url
                return url
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        await shutDown()
        throw PreviewError("the server did not start listening on 127.0.0.1:\(configuration.port)")
    }

    /// Rebuilds now; returns when a build that started after this call has finished.
    public func rebuild() async {
        await builder.build()
    }

    /// The number of the latest finished build (1 after the first), which open pages compare against.
    public var buildVersion: Int {
        get async { await builder.current.version }
    }

    /// Stops watching and serving, and removes the preview builds if they are in a temporary folder.
    public func stop() async {
        await shutDown()
    }

    /// Serves until the task is cancelled (e.g. by the command's interrupt handler).
    public func waitUntilStopped() async {
        while !Task.isCancelled, serverTask != nil, serverError == nil {
            try? await Task.sleep(for: .milliseconds(250))
        }
    }

    private func serverFailed(_ error: any Error) {
        serverError = error
    }

    private func shutDown() async {
        await watcher.stop()
        await liveReload.close()
        if let server {
            await server.stop(timeout: 1)
        }
        serverTask?.cancel()
        serverTask = nil
        server = nil
        url = nil
        // Let a build that is running finish, so that nothing is written after the folder is removed.
        await builder.waitUntilIdle()
        if ownsBuildRoot {
            try? FileManager.default.removeItem(atPath: buildRoot)
        }
    }

    /// The start of the name of a temporary build folder, followed by the process id.
    static let temporaryPrefix = "learning-hub-preview-"

    /// Removes the temporary build folders of previews whose process has ended without
    /// cleaning up (killed, or crashed).
    static func removeAbandonedBuilds() {
        let temporary = FileManager.default.temporaryDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix(temporaryPrefix) {
            let parts = name.dropFirst(temporaryPrefix.count).split(separator: "-", maxSplits: 1)
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let socketError = error as? SocketError {
            return "\(socketError)"
        }
        return error.localizedDescription
    }
}

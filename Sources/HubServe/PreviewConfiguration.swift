import Foundation
import HubModel
import HubSite

/// What the preview server builds, where it listens and how it watches.
public struct PreviewConfiguration: Sendable {
    /// The hub folder, as the user named it (diagnostics show paths under it).
    public var contentDirectory: String
    /// The site theme folder (`templates/` and `static/`); nil for the default theme built into the command.
    public var themeDirectory: String?
    /// What the loader publishes. Drafts are always included in a preview, and
    /// "today" is taken afresh at every build.
    public var load: LoadOptions
    /// The loopback port; 0 lets the system pick a free one.
    public var port: UInt16
    /// Where the preview builds are written; nil for a new temporary folder, removed when the server stops.
    /// Never the content folder or the published output.
    public var buildDirectory: String?
    /// How often the watched folders are scanned for changes.
    public var pollInterval: Duration
    /// How long a live-reload request is held open when nothing changes.
    public var liveReloadHold: Duration
    /// Called after every build (successful or not), e.g. to print its diagnostics.
    public var onBuild: (@Sendable (BuildReport) -> Void)?
    /// What a client may send and how long it may take (see `PreviewLimits`).
    public var limits = PreviewLimits()

    public init(contentDirectory: String = "content", themeDirectory: String? = nil,
                load: LoadOptions = LoadOptions(), port: UInt16 = 8080, buildDirectory: String? = nil,
                pollInterval: Duration = .milliseconds(300), liveReloadHold: Duration = .seconds(20),
                onBuild: (@Sendable (BuildReport) -> Void)? = nil) {
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.load = load
        self.port = port
        self.buildDirectory = buildDirectory
        self.pollInterval = pollInterval
        self.liveReloadHold = liveReloadHold
        self.onBuild = onBuild
    }
}

import Foundation

/// A hub written into a new temporary folder, which is removed when the value goes away.
///
/// The folder holds `content/` (the hub: `hub.yaml` and the documents), and is where a test puts a
/// build's output (`public/`) and a copy of the site theme (`theme/`). Open, so that a test target
/// can add the state its own builds need.
open class FixtureHub: @unchecked Sendable {
    /// The temporary folder.
    public let root: URL
    /// The hub's content folder, which paths given to `write`, `edit` and `remove` are relative to.
    public var content: URL { root.appendingPathComponent("content") }
    /// Where builds write the site.
    public var output: URL { root.appendingPathComponent("public") }
    /// Where `copyDefaultTheme()` puts the theme.
    public var theme: URL { root.appendingPathComponent("theme") }

    /// Writes `hub.yaml` (unless nil), `files` and `binaryFiles` (paths relative to the content folder).
    public init(hubYAML: String? = HubYAML.testHub.text, files: [String: String] = [:],
                binaryFiles: [String: [UInt8]] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("learning-hub-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        if let hubYAML { try write("hub.yaml", hubYAML) }
        for (path, text) in files { try write(path, text) }
        for (path, bytes) in binaryFiles { try write(path, Data(bytes)) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The Test Shire hub: `HubYAML.testShire` and `files`.
    public static func testShire(_ files: [String: String] = TestShire.standardFiles) throws -> FixtureHub {
        try FixtureHub(hubYAML: HubYAML.testShire.text, files: files)
    }

    /// Replaces the content folder with a copy of the repository's sample hub.
    public func copySampleContent() throws {
        try FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(at: Repository.sampleContent, to: content)
    }

    /// Copies the repository's default theme to `theme` (for a test that edits it), and returns its path.
    @discardableResult
    public func copyDefaultTheme() throws -> String {
        try FileManager.default.copyItem(at: Repository.defaultTheme, to: theme)
        return theme.path
    }

    /// The path of a file of the hub, as diagnostics name it.
    public func path(_ relative: String) -> String { content.path + "/" + relative }

    /// Writes `text` to a file of the hub (or of `folder`), making the folders it needs.
    public func write(_ relative: String, _ text: String, under folder: URL? = nil) throws {
        try write(relative, Data(text.utf8), under: folder)
    }

    /// Writes `data` to a file of the hub (or of `folder`), making the folders it needs.
    public func write(_ relative: String, _ data: Data, under folder: URL? = nil) throws {
        let url = (folder ?? content).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Rewrites a file of the hub (or of `folder`); the change must change something.
    public func edit(_ relative: String, under folder: URL? = nil, _ change: (String) -> String) throws {
        let url = (folder ?? content).appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit to \(relative) changed nothing")
        try Data(changed.utf8).write(to: url)
    }

    public func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(relative))
    }
}

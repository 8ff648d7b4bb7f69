import Foundation

/// Folders of this repository that tests read: the sample hub and the default site theme.
public enum Repository {
    /// The repository's root folder, found from this file's location (`Tests/HubTestSupport/`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The sample hub in `content/`.
    public static let sampleContent = root.appendingPathComponent("content")

    /// The site theme in `themes/default/`, which fixture hubs are built with.
    public static let defaultTheme = root.appendingPathComponent("themes/default")

    /// Files tests compare against, in `Tests/fixtures/` (e.g. the JSON Schema of `hub.json` version 1.0).
    public static let testFixtures = root.appendingPathComponent("Tests/fixtures")
}

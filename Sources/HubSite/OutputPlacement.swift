import HubModel
import HubSupport

/// Where the output folder lies against everything else a build reads or keeps: a build replaces
/// the output folder whole, so it must not be or hold the hub, the site theme, the cache or the
/// denylist, nor lie inside a folder the build reads (a document folder or `assets/` of the hub,
/// the theme's `templates/` or `static/`) or inside the cache. Every path is compared with its
/// symbolic links and `..` resolved, so a folder is found however it is reached.
struct OutputPlacement {
    let options: BuildOptions

    /// The folders of the hub and of the theme that a build reads.
    private var readFolders: [(path: String, name: String)] {
        let content = HubFolder(path: options.contentDirectory)
        let hub = (DocumentKind.allCases.map(\.folder) + ["assets"]).map { (content.fullPath($0), "content folder's \($0)/") }
        guard let themeDirectory = options.themeDirectory else { return hub }
        let theme = HubFolder(path: themeDirectory)
        return hub + ["templates", "static"].map { (theme.fullPath($0), "site theme's \($0)/") }
    }

    /// The problems found, each located at the path the user gave; nil if there are none.
    func problems() -> DiagnosticLog? {
        var log = DiagnosticLog()
        log.step = .commitOutput
        let output = options.outputDirectory
        let at = SourceLocation(path: output, line: 1, column: 1)
        let hint = "write the site to a folder of its own beside the hub, e.g. --output public"
        let givenFolders = [(options.contentDirectory, "content folder")] + (options.themeDirectory.map { [($0, "site theme")] } ?? [])
        for (folder, name) in givenFolders where RealPath.isWithin(folder, output) {
            log.error(at, RealPath.isWithin(output, folder) ? "the output folder is the \(name) '\(folder)'"
                        : "the output folder holds the \(name) '\(folder)', which a build would delete", hint: hint)
        }
        if let read = readFolders.first(where: { RealPath.isWithin(output, $0.path) && !RealPath.isWithin($0.path, output) }) {
            log.error(at, "the output folder is inside the \(read.name), which the build reads", hint: hint)
        }
        if let cache = options.cacheDirectory, RealPath.isWithin(cache, output) || RealPath.isWithin(output, cache) {
            log.error(SourceLocation(path: cache, line: 1, column: 1),
                      "the cache folder and the output folder overlap, so the cache would be published or replaced",
                      hint: "keep the cache outside the output folder, e.g. --cache .hub-cache beside --output public")
        }
        if let denylist = options.denylistFile, RealPath.isWithin(denylist, output) {
            log.error(at, "the output folder holds the denylist '\(denylist)', which a build would publish or delete",
                      hint: "keep the denylist in a private folder outside the content and output folders")
        }
        return log.hasErrors ? log : nil
    }
}

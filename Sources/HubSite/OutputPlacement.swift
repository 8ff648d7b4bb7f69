import HubModel
import HubSupport

/// Where the output folder lies against everything else a build reads or keeps: a build replaces
/// the output folder whole, so it must not hold the hub, the site theme, the cache or the denylist,
/// nor lie inside the hub, the theme or the cache. Every path is compared with its symbolic links and
/// `..` resolved, so a folder is found however it is reached.
struct OutputPlacement {
    let options: BuildOptions

    /// The problems found, each located at the path the user gave; nil if there are none.
    func problems() -> DiagnosticLog? {
        var log = DiagnosticLog()
        log.step = .commitOutput
        let output = options.outputDirectory
        let at = SourceLocation(path: output, line: 1, column: 1)
        for (folder, name) in [(options.contentDirectory, "content folder"), (options.themeDirectory, "site theme")] {
            if RealPath.isWithin(folder, output) {
                let message = RealPath.isWithin(output, folder) ? "the output folder is the \(name) '\(folder)'"
                    : "the output folder holds the \(name) '\(folder)', which a build would delete"
                log.error(at, message, hint: "write the site to a folder of its own beside it, e.g. --output public")
            } else if RealPath.isWithin(output, folder) {
                log.error(at, "the output folder is inside the \(name) '\(folder)'",
                          hint: "write the site to a folder of its own beside it, e.g. --output public")
            }
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

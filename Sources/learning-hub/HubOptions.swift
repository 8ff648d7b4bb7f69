import HubAnonymisation
import ArgumentParser
import Foundation
import HubModel
import HubSite

/// Flags shared by the commands that read a hub.
struct HubOptions: ParsableArguments {
    @Option(name: .long, help: "The hub folder (hub.yaml, reviews/, briefs/, briefings/, pages/, assets/).")
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("A site theme folder (templates/ and static/); without it, the theme built into the command.",
                                            discussion: "'learning-hub theme copy DIR' writes the built-in theme out to adapt."))
    var theme: String?

    @Flag(name: .long, help: "Include drafts, marked as drafts (for a local preview only).")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp(
        "A private list of real names (one a line) that must not appear in any published document.",
        discussion: "Keep it outside the content folder: it is never copied to the site."))
    var denylist: String?

    func validate() throws {
        guard let denylist else { return }
        guard FileManager.default.isReadableFile(atPath: denylist) else {
            throw ValidationError("the denylist '\(denylist)' cannot be read")
        }
        let list = URL(fileURLWithPath: denylist).resolvingSymlinksInPath().path
        let folder = URL(fileURLWithPath: content).resolvingSymlinksInPath().path + "/"
        if list.hasPrefix(folder) {
            throw ValidationError("the denylist '\(denylist)' is inside the content folder; keep it outside, where it cannot be published")
        }
    }

    func buildOptions(output: String) throws -> BuildOptions {
        var names = Denylist(names: [])
        if let denylist {
            let data = try Data(contentsOf: URL(fileURLWithPath: denylist))
            names = Denylist.parse(String(decoding: data, as: UTF8.self))
        }
        var options = BuildOptions(contentDirectory: content, themeDirectory: theme, outputDirectory: output,
                                   load: LoadOptions(includeDrafts: drafts, denylist: names))
        options.denylistFile = denylist
        return options
    }
}

import ArgumentParser
import HubModel
import HubSite

/// Flags shared by the commands that read a hub.
struct HubOptions: ParsableArguments {
    @Option(name: .long, help: "The hub folder (hub.yaml, reviews/, briefs/, briefings/, pages/, assets/).")
    var content = "content"

    @Option(name: .long, help: "The site theme folder (templates/ and static/).")
    var theme = "themes/default"

    @Flag(name: .long, help: "Include drafts, marked as drafts (for a local preview only).")
    var drafts = false

    func buildOptions(output: String) -> BuildOptions {
        BuildOptions(contentDirectory: content, themeDirectory: theme, outputDirectory: output,
                     load: LoadOptions(includeDrafts: drafts))
    }
}

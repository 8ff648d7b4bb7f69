import Foundation
import PackagePlugin

/// Builds the default site theme into the command: turns every file under `themes/default/` into
/// Swift source for the `HubDefaultTheme` target at every build, so the copy in the binary is always
/// the theme in the repository.
///
/// SwiftPM plans a build again only when a target's own files change, so a list of the theme's files
/// made here would go stale when one is added or removed (and a removed one would stop the build).
/// Instead the command's one input is a stamp that the command itself rewrites, which makes it run at
/// every build; it lists the theme folder itself, and rewrites the Swift source only when a file
/// changed, so an unchanged theme compiles nothing again (running it costs a few milliseconds).
@main
struct DefaultThemeEmbedder: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directory.appending(["themes", "default"])
        let output = context.pluginWorkDirectory.appending("DefaultThemeFiles.swift")
        let stamp = context.pluginWorkDirectory.appending("run-stamp")
        if !FileManager.default.fileExists(atPath: stamp.string) {
            try? FileManager.default.createDirectory(atPath: context.pluginWorkDirectory.string, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: stamp.string, contents: Data())
        }
        return [.buildCommand(
            displayName: "Embedding the default site theme",
            executable: try context.tool(named: "ThemeEmbedder").path,
            arguments: [theme.string, output.string, stamp.string],
            inputFiles: [stamp],
            outputFiles: [output])]
    }
}

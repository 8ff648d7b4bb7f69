import ArgumentParser
import Foundation
import HubDefaultTheme

/// `learning-hub theme copy DIR`: writes the built-in site theme out, for a committee to adapt and pass with `--theme DIR`.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the site theme built into the command.",
        subcommands: [Copy.self]
    )

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Write the built-in site theme into a new folder, to adapt and use with --theme DIR.",
            discussion: "The folder must not exist yet, or be empty. Build with the copy: learning-hub build --theme DIR"
        )

        @Argument(help: "The folder to write the theme to (templates/ and static/).")
        var folder: String

        func run() throws {
            do {
                let count = try DefaultTheme.write(into: folder)
                print("Wrote the built-in site theme to \(folder)/ (\(count) files: templates/ and static/).")
                print("Adapt it, then build with it: learning-hub build --theme \(folder)")
            } catch CocoaError.fileWriteFileExists {
                throw CommandFailure.report("\(folder) is not empty, so the theme was not written there",
                                     hint: "choose a new folder, e.g. learning-hub theme copy my-theme")
            } catch {
                throw CommandFailure.report("the theme could not be written to \(folder): \(error.localizedDescription)",
                                     hint: "check the folder's permissions")
            }
        }
    }
}
